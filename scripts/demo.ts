/**
 * npm run demo — the built-in demo school: writes its absence export to demo-output/ and scans it.
 * (The browser demo with host pages arrives with the extension's content script.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { todayIso } from '../lib/calendar/days.ts';
import { demoSchoolCsv } from '../lib/demo/demoSchool.ts';
import { scanTable } from '../lib/report.ts';
import { scanFiles } from '../lib/scan.ts';
import { resolveSettings } from '../lib/settings.ts';

const peildatum = process.argv.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? todayIso();
const outDir = resolve('demo-output');
mkdirSync(outDir, { recursive: true });
const csvPath = resolve(outDir, 'demoschool-verzuim.csv');
const csv = demoSchoolCsv(peildatum);
writeFileSync(csvPath, csv);

const { imports, assessment } = await scanFiles([{ name: 'demoschool-verzuim.csv', bytes: new TextEncoder().encode(csv) }], resolveSettings({ school: { name: 'De Demoschool', schoolType: 'po' } }), peildatum);
console.log(`Demoschool (fictief), export geschreven naar ${csvPath}`);
console.log(`${imports[0]!.rowsRead} rijen ingelezen.\n`);
console.log(scanTable(assessment));
console.log(`\nZelf scannen: npm run scan -- ${csvPath} --peildatum ${peildatum}`);
