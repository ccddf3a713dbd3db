/**
 * The scan CLI as a whole process (npm run bench): start-up (--help) of the built bundle against tsx
 * compiling the TypeScript, and a 300,000-row scan against a bare Node pass that only reads and
 * splits the same file. Figures, not pass/fail: speed is measured here, never in unit tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lessonCsv } from './lessonCsv.ts';

const root = resolve(import.meta.dirname, '..');
const bundle = resolve(root, 'dist/thuiszitter-scan.mjs');
if (!existsSync(bundle)) execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });

function median(runs: number, command: string, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(command, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

// 300,000 lesson registrations: 1,000 pupils × 300 lessons on school days of autumn 2026.
const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
const file = join(dir, 'absenties-300k.csv');
writeFileSync(file, lessonCsv());
const bare = join(dir, 'bare.mjs');
writeFileSync(bare, `import { readFileSync } from 'node:fs'; const rows = readFileSync(${JSON.stringify(file)}, 'utf8').split('\\r\\n').map((l) => l.split(';')); console.log(rows.length);`);

const helpBundle = median(5, process.execPath, [bundle, '--help']);
const helpTsx = median(3, resolve(root, 'node_modules/.bin/tsx'), ['scripts/scan.ts', '--help']);
const scan = median(3, process.execPath, [bundle, file, '--peildatum', '2026-11-27', '--json']);
const bareRun = median(3, process.execPath, [bare]);
console.log('Scan CLI (whole process, median)');
console.log(`  --help: built bundle ${helpBundle.toFixed(0)} ms; tsx ${helpTsx.toFixed(0)} ms (goal: bundle under 200 ms)`);
console.log(`  300,000-row scan: ${scan.toFixed(0)} ms; bare Node pass over the same file ${bareRun.toFixed(0)} ms; ratio ${(scan / bareRun).toFixed(1)}× (goal: within 3×)`);
