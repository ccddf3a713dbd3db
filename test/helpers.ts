import type { MadeMelding } from '../lib/meldingen/made.ts';
import { dayToIso, isoToDay } from '../lib/calendar/days.ts';
import type { AbsenceRecord, Category, Geoorloofd, Span } from '../lib/model.ts';
import { assess, type PupilAssessment } from '../lib/rules/assess.ts';
import { resolveSettings, type SettingsInput } from '../lib/settings.ts';
import type { Pupil } from '../lib/model.ts';

export interface RecordOptions {
  pupilId?: string;
  category?: Category;
  geoorloofd?: Geoorloofd;
  span?: Span;
  reasonCode?: string;
  reasonText?: string;
  /** Weekdays only (the default): what a school system registers. */
  weekdaysOnly?: boolean;
}

/** One record per day from `from` to `to` inclusive (weekdays by default; the calendar decides what counts). */
export function records(from: string, to: string, options: RecordOptions = {}): AbsenceRecord[] {
  const out: AbsenceRecord[] = [];
  for (let d = isoToDay(from); d <= isoToDay(to); d++) {
    const wd = (((d + 3) % 7) + 7) % 7;
    if (options.weekdaysOnly !== false && wd >= 5) continue;
    out.push(record(dayToIso(d), options));
  }
  return out;
}

export function record(date: string, options: RecordOptions = {}): AbsenceRecord {
  const r: AbsenceRecord = {
    pupilId: options.pupilId ?? 'L1',
    date,
    span: options.span ?? { kind: 'day' },
    category: options.category ?? 'absent',
    geoorloofd: options.geoorloofd ?? 'nee',
    source: { kind: 'demo' },
  };
  if (options.reasonCode) r.reasonCode = options.reasonCode;
  if (options.reasonText) r.reasonText = options.reasonText;
  return r;
}

export function without(list: AbsenceRecord[], ...dates: string[]): AbsenceRecord[] {
  return list.filter((r) => !dates.includes(r.date));
}

/** A primary school's week of 5 hours a day (08:30–13:30): what most rule tests assume unless they set their own. */
export const FIVE_HOUR_DAYS = {
  ma: { start: '08:30', end: '13:30' },
  di: { start: '08:30', end: '13:30' },
  wo: { start: '08:30', end: '13:30' },
  do: { start: '08:30', end: '13:30' },
  vr: { start: '08:30', end: '13:30' },
};

/** Settings for a test: a PO school with FIVE_HOUR_DAYS unless the test gives its own school settings. */
export function testSettings(settings: SettingsInput = {}) {
  const school = settings.school ?? {};
  const schooltijden = 'schooltijden' in school || (school.schoolType && school.schoolType !== 'po') ? school.schooltijden : FIVE_HOUR_DAYS;
  return resolveSettings({ ...settings, school: { ...school, ...(schooltijden ? { schooltijden } : {}) } });
}

/** Assesses one pupil (L1 unless the records say otherwise) and returns its assessment. */
export function assessOne(
  recs: AbsenceRecord[],
  peildatum: string,
  settings: SettingsInput = {},
  pupil: Partial<Pupil> = {},
  dataUntil?: string,
  made: readonly MadeMelding[] = [],
): PupilAssessment {
  const id = pupil.id ?? recs[0]?.pupilId ?? 'L1';
  const result = assess({
    pupils: [{ id, name: 'Test Leerling', birthDate: '2015-03-01', ...pupil }],
    records: recs,
    settings: testSettings(settings),
    peildatum,
    dataUntil,
    made,
  });
  return result.pupils.find((p) => p.pupil.id === id)!;
}

/** A leerplicht melding the school made, for pupil L1 unless said otherwise. */
export function made(begindatum: string, gemeldOp: string, extra: Partial<MadeMelding> = {}): MadeMelding {
  return { id: `m-${begindatum}`, pupilId: 'L1', kind: 'leerplicht', verzuimsoort: '16-uur', begindatum, gemeldOp, status: 'geregistreerd', source: 'extensie', ...extra };
}

export function kinds(p: PupilAssessment): string[] {
  return p.signals.map((s) => s.kind);
}
