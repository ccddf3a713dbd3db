import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // Some tests start the scan CLI or a build as a child process: on a busy 2-core CI machine that
    // takes seconds. Speed is measured by npm run bench, never by test timeouts.
    testTimeout: 30_000,
  },
});
