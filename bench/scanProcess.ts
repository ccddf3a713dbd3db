/**
 * One measurement in a process of its own (started by engine.bench.ts), so the heap it reports is the
 * scan's and nothing else's: the export at argv[2] read from disk as the CLI reads it, every pupil
 * assessed, the weekly trend counted; then a bare pass over the same bytes. Prints one JSON line.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { scanFiles } from '../lib/scan.ts';
import { weeklyCounts } from '../lib/overview.ts';
import { resolveSettings } from '../lib/settings.ts';
import { TO } from './school.ts';

const path = process.argv[2]!;
const size = statSync(path).size;
const chunks = () => createReadStream(path, { highWaterMark: 1024 * 1024 });

let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const settings = resolveSettings({ school: { schoolType: 'vo' } });

sample();
const start = performance.now();
const { assessment, school, imports } = await scanFiles([{ name: basename(path), size, chunks }], settings, TO, { onProgress: sample });
const scanMs = performance.now() - start;
sample();
const oneStart = performance.now();
school.assess({ peildatum: TO });
const oneAssessmentMs = performance.now() - oneStart;
const trendStart = performance.now();
weeklyCounts(school, assessment.evaluatedUntil, 8, assessment);
const trendMs = performance.now() - trendStart;
sample();

/** The least any import must do: read the bytes, decode them, split them into lines and fields. */
async function bare(): Promise<number> {
  const decoder = new TextDecoder();
  let carry = '';
  let fields = 0;
  for await (const chunk of chunks()) {
    const lines = (carry + decoder.decode(chunk as Uint8Array, { stream: true })).split('\n');
    carry = lines.pop()!;
    for (const line of lines) fields += line.split(';').length;
  }
  return fields + carry.split(';').length;
}
const bareStart = performance.now();
await bare();
const bareMs = performance.now() - bareStart;

console.log(JSON.stringify({
  bytes: size,
  records: imports[0]!.recordCount,
  pupils: assessment.pupils.length,
  flagged: assessment.pupils.filter((p) => p.signals.length > 0).length,
  scanMs, bareMs, oneAssessmentMs, trendMs,
  peakHeapMb: peakHeap / 1024 / 1024,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
