import { defineConfig } from '@playwright/test';

// One browser at a time: the extension runs in a persistent profile, and the machine has 2 cores.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
