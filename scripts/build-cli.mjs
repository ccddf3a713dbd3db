/**
 * Builds the scan CLI into one plain JavaScript file (dist/thuiszitter-scan.mjs), run by
 * `npm run scan` and `npx thuiszitter-scan`: no TypeScript compiler at every start (tsx took
 * 1.3–1.8 s before the scan began; the bundle starts in a fraction of that — npm run bench).
 * Runs at `npm ci` (postinstall) and before the tests.
 */
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = new URL('../dist/thuiszitter-scan.mjs', import.meta.url).pathname;
await build({
  entryPoints: [new URL('./scan.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  outfile,
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); an ES module has none of its own.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
chmodSync(outfile, 0o755);
