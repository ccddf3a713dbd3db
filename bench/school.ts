/**
 * The synthetic school of the benches: N pupils × one school year (2026-08-31 t/m 2027-07-16) of
 * lesson-level absence registrations, about 1,270 per pupil (a stress load: 1,500 pupils give some
 * two million). Deterministic, so every run measures the same school. The same rows come out as
 * records (in memory) or as the CSV a pupil administration exports (written to disk in pieces, so a
 * 6,000-pupil school never exists as one string).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { dayToIso, isoToDay } from '../lib/calendar/days.ts';
import { SchoolCalendar } from '../lib/calendar/schoolCalendar.ts';
import type { AbsenceRecord, Pupil } from '../lib/model.ts';

export const FROM = '2026-08-31';
export const TO = '2027-07-16';
const LESSONS = 8;
const HEADER = 'Leerlingnummer;Klas;Datum;Lesuur;Code;Reden;Geoorloofd';

/** Deterministic pseudo-random numbers (mulberry32). */
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

type Reason = (typeof REASONS)[number];

const groupOf = (p: number) => `${1 + (p % 6)}${'ABCDE'[p % 5]}`;
const idOf = (p: number) => String(100000 + p);

/** Calls `row` for every registration of one pupil after another, in export order. */
function eachRow(pupils: number, row: (id: string, group: string, date: string, lesson: number, reason: Reason) => void): void {
  const calendar = new SchoolCalendar();
  const rnd = random(42);
  const days: string[] = [];
  for (let d = isoToDay(FROM); d <= isoToDay(TO); d++) if (calendar.isSchoolDay(d)) days.push(dayToIso(d));
  for (let p = 0; p < pupils; p++) {
    const id = idOf(p);
    const group = groupOf(p);
    const lessonsAbsent = 4 + Math.floor(rnd() * 6);
    // One pupil in fifty stays home from a random day on: the thuiszitters.
    const thuiszitterFrom = p % 50 === 0 ? Math.floor(rnd() * days.length) : Infinity;
    days.forEach((date, i) => {
      const whole = i >= thuiszitterFrom;
      const count = whole ? LESSONS : Math.min(LESSONS, lessonsAbsent + Math.floor(rnd() * 3) - 1);
      const start = whole ? 1 : 1 + Math.floor(rnd() * (LESSONS - count + 1));
      for (let lesson = start; lesson < start + count; lesson++) row(id, group, date, lesson, whole ? REASONS[0]! : REASONS[Math.floor(rnd() * REASONS.length)]!);
    });
  }
}

export function schoolPupils(pupils: number): Pupil[] {
  return Array.from({ length: pupils }, (_, p) => ({ id: idOf(p), name: '', group: groupOf(p) }));
}

/** The school as records in memory (the rules engine's own input, as a page gives it). */
export function schoolInMemory(pupils: number): { records: AbsenceRecord[]; pupils: Pupil[] } {
  const records: AbsenceRecord[] = [];
  eachRow(pupils, (id, _group, date, lesson, reason) => {
    records.push({
      pupilId: id, date, span: { kind: 'lessons', from: lesson, to: lesson }, category: reason.category,
      geoorloofd: reason.geoorloofd, reasonCode: reason.code, reasonText: reason.text, source: { kind: 'import' },
    });
  });
  return { records, pupils: schoolPupils(pupils) };
}

/** The school's CSV export written to `path` in pieces of 50,000 lines; returns the number of registrations. */
export function writeSchoolCsv(path: string, pupils: number): number {
  const fd = openSync(path, 'w');
  let piece: string[] = [HEADER];
  let rows = 0;
  try {
    eachRow(pupils, (id, group, date, lesson, reason) => {
      rows++;
      piece.push(csvLine(id, group, date, lesson, reason));
      if (piece.length >= 50_000) {
        writeSync(fd, `${piece.join('\n')}\n`);
        piece = [];
      }
    });
    writeSync(fd, `${piece.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
  return rows;
}

function csvLine(id: string, group: string, date: string, lesson: number, reason: Reason): string {
  return `${id};${group};${date};${lesson};${reason.code};${reason.text};${reason.geoorloofd === 'onbekend' ? '' : reason.geoorloofd}`;
}
