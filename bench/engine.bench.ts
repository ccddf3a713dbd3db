/**
 * npm run bench — the rules engine on a synthetic school: 1,500 pupils × one school year of
 * lesson-level absence records (about two million). Prints the time to import + assess, the time of
 * a bare pass over the same records and bytes, and their ratios.
 * Targets (issue "Foundation and the verzuim rules engine"): assessment under 1 s on this 2-core
 * machine, and within 5× of a bare pass over the same records.
 */
import { dayToIso, isoToDay } from '../lib/calendar/days.ts';
import { SchoolCalendar } from '../lib/calendar/schoolCalendar.ts';
import { toDutchCsv } from '../lib/export/csv.ts';
import { importAbsenceFile } from '../lib/import/readFile.ts';
import { exportTable, filterRows, flaggedFromAssessment, overviewRows, weeklyCounts } from '../lib/overview.ts';
import type { AbsenceRecord } from '../lib/model.ts';
import { assess } from '../lib/rules/assess.ts';
import { resolveSettings } from '../lib/settings.ts';

const PUPILS = Number(process.env.BENCH_PUPILS ?? 1500);
const FROM = '2026-08-31';
const TO = '2027-07-16';
const LESSONS = 8;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same school. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REASONS = [
  { code: 'SP', text: 'Spijbelen', geoorloofd: 'nee' as const, category: 'absent' as const },
  { code: 'ZK', text: 'Ziek', geoorloofd: 'ja' as const, category: 'ziek' as const },
  { code: 'TL', text: 'Te laat', geoorloofd: 'nee' as const, category: 'te-laat' as const },
  { code: 'AG', text: 'Afwezig geoorloofd', geoorloofd: 'ja' as const, category: 'absent' as const },
  { code: 'X', text: 'Afwezig', geoorloofd: 'onbekend' as const, category: 'absent' as const },
];

function school() {
  const calendar = new SchoolCalendar();
  const rnd = random(42);
  const days: string[] = [];
  for (let d = isoToDay(FROM); d <= isoToDay(TO); d++) if (calendar.isSchoolDay(d)) days.push(dayToIso(d));
  const records: AbsenceRecord[] = [];
  const lines: string[] = ['Leerlingnummer;Klas;Datum;Lesuur;Code;Reden;Geoorloofd'];
  for (let p = 0; p < PUPILS; p++) {
    const id = String(100000 + p);
    const group = `${1 + (p % 6)}${'ABCDE'[p % 5]}`;
    // Enough lesson registrations for about two million records in all (a stress load, not a typical school).
    const lessonsAbsent = 4 + Math.floor(rnd() * 6);
    const thuiszitterFrom = p % 50 === 0 ? Math.floor(rnd() * days.length) : Infinity;
    days.forEach((date, i) => {
      const whole = i >= thuiszitterFrom;
      const count = whole ? LESSONS : Math.min(LESSONS, lessonsAbsent + Math.floor(rnd() * 3) - 1);
      const start = whole ? 1 : 1 + Math.floor(rnd() * (LESSONS - count + 1));
      for (let lesson = start; lesson < start + count; lesson++) {
        const reason = whole ? REASONS[0]! : REASONS[Math.floor(rnd() * REASONS.length)]!;
        records.push({
          pupilId: id, date, span: { kind: 'lessons', from: lesson, to: lesson }, category: reason.category,
          geoorloofd: reason.geoorloofd, reasonCode: reason.code, reasonText: reason.text, source: { kind: 'import' },
        });
        lines.push(`${id};${group};${date};${lesson};${reason.code};${reason.text};${reason.geoorloofd === 'onbekend' ? '' : reason.geoorloofd}`);
      }
    });
  }
  const pupils = Array.from({ length: PUPILS }, (_, p) => ({ id: String(100000 + p), name: '', group: `${1 + (p % 6)}${'ABCDE'[p % 5]}` }));
  return { records, pupils, csv: new TextEncoder().encode(lines.join('\n')) };
}

/** The least any assessment must do: read every record's pupil and date and put it somewhere. */
function barePass(records: readonly AbsenceRecord[]): number {
  const perPupil = new Map<string, number>();
  let checksum = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const day = isoToDay(r.date);
    perPupil.set(r.pupilId, (perPupil.get(r.pupilId) ?? 0) + 1);
    checksum += day + (r.span.kind === 'lessons' ? r.span.from : 0);
  }
  return checksum + perPupil.size;
}

/** The least any import must do: split the bytes into lines and fields. */
function bareBytes(bytes: Uint8Array): number {
  const text = new TextDecoder().decode(bytes);
  let fields = 0;
  for (const line of text.split('\n')) fields += line.split(';').length;
  return fields;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function best(runs: number[]): number {
  return Math.min(...runs);
}

const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
const mark = (ok: boolean) => (ok ? 'gehaald' : 'NIET gehaald');

const settings = resolveSettings({ school: { schoolType: 'vo' } });
const built = time(school);
const { records, pupils, csv } = built.value;
console.log(`Synthetische school: ${PUPILS} leerlingen, ${records.length.toLocaleString('nl-NL')} lesregistraties (${FROM} t/m ${TO}), CSV ${(csv.length / 1024 / 1024).toFixed(0)} MB`);

// Warm up the JIT once, then take the best of five runs (garbage collection from building the school disturbs single runs).
assess({ pupils, records, settings, peildatum: TO });
barePass(records);
const assessRuns: number[] = [];
const bareRuns: number[] = [];
let flagged = 0;
for (let i = 0; i < 5; i++) {
  const a = time(() => assess({ pupils, records, settings, peildatum: TO }));
  assessRuns.push(a.ms);
  flagged = a.value.pupils.filter((p) => p.signals.length > 0).length;
  bareRuns.push(time(() => barePass(records)).ms);
}
const assessMs = best(assessRuns);
const bareMs = best(bareRuns);

const imported = await timeAsync(() => importAbsenceFile(csv, { sourceName: 'bench.csv', referenceYear: 2026 }));
const importedAssess = time(() => assess({ pupils: imported.value.pupils, records: imported.value.records, settings, peildatum: TO }));
const bareBytesMs = best([0, 1].map(() => time(() => bareBytes(csv)).ms));
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;

console.log('');
console.log(`Beoordeling (assess), ${records.length.toLocaleString('nl-NL')} registraties:  ${fmt(assessMs)}   doel < 1000 ms: ${mark(assessMs < 1000)}`);
console.log(`Kale doorloop van dezelfde registraties:        ${fmt(bareMs)}`);
console.log(`Verhouding beoordeling / kale doorloop:          ${(assessMs / bareMs).toFixed(1).padStart(6)} ×    doel ≤ 5×: ${mark(assessMs / bareMs <= 5)}`);
console.log('');
console.log(`Import CSV (${imported.value.records.length.toLocaleString('nl-NL')} registraties):          ${fmt(imported.ms)}`);
console.log(`Import + beoordeling:                           ${fmt(imported.ms + importedAssess.ms)}`);
console.log(`Kale doorloop van dezelfde bytes (regels/velden):${fmt(bareBytesMs)}`);
console.log(`Verhouding import+beoordeling / kale doorloop:   ${((imported.ms + importedAssess.ms) / bareBytesMs).toFixed(1).padStart(6)} ×`);
console.log('');
console.log(`Leerlingen met een signaal: ${flagged}; heap na afloop: ${heapMb.toFixed(0)} MB`);

// The coordinator's overview (issue 5): every pupil of the school with a signal, filtered, sorted and exported.
{
  const assessment = assess({ pupils, records, settings, peildatum: TO });
  const calendar = new SchoolCalendar(settings.calendar);
  // 5,000 pupils with a signal: the school's flagged pupils, repeated under other numbers.
  const flaggedPupils = flaggedFromAssessment(assessment, 'import');
  const many = Array.from({ length: 5000 }, (_, i) => ({ ...flaggedPupils[i % flaggedPupils.length]!, id: `L${i}`, name: `Leerling ${i}` }));
  const build = time(() => overviewRows(many, [], calendar, TO));
  const filterRuns = [0, 1, 2].map(() => time(() => filterRows(build.value, { search: 'a', overdueOnly: false }, { key: 'since', descending: true })).ms);
  const exportMs = time(() => toDutchCsv(exportTable(build.value))).ms;
  const weeks = time(() => weeklyCounts({ pupils, records, settings }, TO, 8));
  console.log('');
  console.log(`Overzicht met ${build.value.length.toLocaleString('nl-NL')} leerlingen met een signaal:`);
  console.log(`  rijen opbouwen:        ${fmt(build.ms)}`);
  console.log(`  filteren + sorteren:   ${fmt(best(filterRuns))}   doel < 100 ms (per toetsaanslag): ${mark(best(filterRuns) < 100)}`);
  console.log(`  CSV-export:            ${fmt(exportMs)}`);
  console.log(`  verloop per week (8 weken, ${pupils.length.toLocaleString('nl-NL')} leerlingen): ${fmt(weeks.ms)}`);
}
