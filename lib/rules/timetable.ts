/**
 * Schooltijden: the school's timetable per weekday, which decides what a "whole day" is and how many
 * klokuren or lesuren an absence is worth.
 *
 * Decided readings (README, "Besliste lezingen"):
 * - A whole day is "absent for all of that weekday's school time" (start–end) or "for all of its
 *   lessons" (1…lessons). Klokuren are real minutes; a lesuur of at most 60 minutes counts as one
 *   hour (DUO, VO).
 * - Where the timetable comes from, per weekday, in this order: the school's setting (Options, or the
 *   scan's --schooltijden); else inferred from the whole export or page — the earliest start and latest
 *   end, or the highest lesuur, registered on that weekday across at least MIN_PUPILS_TO_INFER pupils,
 *   never from one pupil; else for VO and mbo 8 lessons of 50 minutes; else (PO) unknown: a part-day
 *   registration is then never guessed to be a whole day, and a whole-day registration has no known
 *   number of klokuren.
 */
import { own } from '../lookup.ts';
import { z } from '../zod.ts';
import type { SchoolType } from '../vocabulary.ts';

export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES: Record<WeekdayKey, { nl: string; en: string }> = {
  ma: { nl: 'maandag', en: 'Monday' },
  di: { nl: 'dinsdag', en: 'Tuesday' },
  wo: { nl: 'woensdag', en: 'Wednesday' },
  do: { nl: 'donderdag', en: 'Thursday' },
  vr: { nl: 'vrijdag', en: 'Friday' },
};

/** Registrations of this many different pupils on a weekday are needed before its school time is inferred. */
export const MIN_PUPILS_TO_INFER = 5;
/** Until the school says otherwise (VO, mbo): 8 lesuren of 50 minutes. PO has no default. */
export const DEFAULT_LESSONS = 8;
export const DEFAULT_LESSON_MINUTES = 50;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd moet UU:MM zijn');

export const schoolDaySchema = z
  .object({
    start: clock.optional(),
    end: clock.optional(),
    lessons: z.number().int().min(1, 'ten minste 1 lesuur').max(16, 'ten hoogste 16 lesuren').optional(),
    lessonMinutes: z.number().int().min(10, 'een lesuur duurt ten minste 10 minuten').max(120, 'een lesuur duurt ten hoogste 120 minuten').optional(),
  })
  .refine((d) => (d.start === undefined) === (d.end === undefined), 'vul begin- en eindtijd allebei in, of geen van beide')
  .refine((d) => !d.start || !d.end || d.end > d.start, 'de eindtijd ligt niet na de begintijd');
export type SchoolDayTimes = z.infer<typeof schoolDaySchema>;

export const schooltijdenSchema = z.object({
  ma: schoolDaySchema.optional(),
  di: schoolDaySchema.optional(),
  wo: schoolDaySchema.optional(),
  do: schoolDaySchema.optional(),
  vr: schoolDaySchema.optional(),
  /**
   * Groups with other times on some days, e.g. groep 1–4 free on Friday afternoon:
   * `{ groups: [1, 2, 3, 4], days: { vr: { start: '08:30', end: '12:00' } } }`. A pupil's group is
   * matched on its leading number ("3B", "groep 4", "1/2").
   */
  afwijkend: z
    .array(
      z.object({
        groups: z.array(z.number().int().min(1).max(8)).min(1).max(8),
        days: z.object({
          ma: schoolDaySchema.optional(), di: schoolDaySchema.optional(), wo: schoolDaySchema.optional(), do: schoolDaySchema.optional(), vr: schoolDaySchema.optional(),
        }),
      }),
    )
    .max(8)
    .default([]),
});
export type Schooltijden = z.infer<typeof schooltijdenSchema>;

export type TimetableBasis = 'instelling' | 'afgeleid' | 'standaard' | 'onbekend';

/** One weekday's school time as the rules use it; minutes since midnight. */
export interface DaySchedule {
  start?: number;
  end?: number;
  lessons?: number;
  lessonMinutes?: number;
  basis: TimetableBasis;
}

/** Monday … Friday (index = weekday, 0 = maandag); weekend days are never school days. */
export type WeekSchedule = readonly DaySchedule[];

export function clockToMinutes(hhmm: string): number {
  return (hhmm.charCodeAt(0) - 48) * 600 + (hhmm.charCodeAt(1) - 48) * 60 + (hhmm.charCodeAt(3) - 48) * 10 + (hhmm.charCodeAt(4) - 48);
}

export function minutesToClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** What a school's records show about its school time on each weekday (collected across all pupils). */
export class TimetableEvidence {
  private readonly earliest = [Infinity, Infinity, Infinity, Infinity, Infinity];
  private readonly latest = [-Infinity, -Infinity, -Infinity, -Infinity, -Infinity];
  private readonly highestLesson = [0, 0, 0, 0, 0];
  private readonly timePupils: Set<string>[] = WEEKDAYS.map(() => new Set());
  private readonly lessonPupils: Set<string>[] = WEEKDAYS.map(() => new Set());

  time(pupilId: string, weekday: number, start: number | undefined, end: number | undefined): void {
    if (weekday > 4) return;
    if (start !== undefined && start < this.earliest[weekday]!) this.earliest[weekday] = start;
    if (end !== undefined && end > this.latest[weekday]!) this.latest[weekday] = end;
    if (start !== undefined && end !== undefined) this.timePupils[weekday]!.add(pupilId);
  }

  lesson(pupilId: string, weekday: number, highest: number): void {
    if (weekday > 4) return;
    if (highest > this.highestLesson[weekday]!) this.highestLesson[weekday] = highest;
    this.lessonPupils[weekday]!.add(pupilId);
  }

  /** The inferred school time of a weekday, when enough different pupils registered on it. */
  inferred(weekday: number): Omit<DaySchedule, 'basis'> | undefined {
    const out: Omit<DaySchedule, 'basis'> = {};
    if (this.timePupils[weekday]!.size >= MIN_PUPILS_TO_INFER && this.latest[weekday]! > this.earliest[weekday]!) {
      out.start = this.earliest[weekday];
      out.end = this.latest[weekday];
    }
    if (this.lessonPupils[weekday]!.size >= MIN_PUPILS_TO_INFER) out.lessons = this.highestLesson[weekday];
    return out.start !== undefined || out.lessons !== undefined ? out : undefined;
  }
}

/** The leading number of a group name: "3B" → 3, "groep 4" → 4, "1/2" → 1. */
export function groupNumber(group: string | undefined): number | undefined {
  const match = group ? /(\d{1,2})/.exec(group) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * The week's schedule for one pupil's group: the setting wins per weekday and per field; what it
 * leaves open comes from the evidence, then from the school type's default.
 */
export function resolveWeek(
  schooltijden: Partial<Schooltijden> | undefined,
  schoolType: SchoolType,
  evidence: TimetableEvidence | undefined,
  group?: string,
): DaySchedule[] {
  const number = groupNumber(group);
  const override = number === undefined ? undefined : schooltijden?.afwijkend?.find((a) => a.groups.includes(number));
  return WEEKDAYS.map((key, weekday): DaySchedule => {
    const set = override?.days[key] ?? schooltijden?.[key];
    if (set && (set.start !== undefined || set.lessons !== undefined)) {
      const day: DaySchedule = { basis: 'instelling' };
      if (set.start && set.end) {
        day.start = clockToMinutes(set.start);
        day.end = clockToMinutes(set.end);
      }
      if (set.lessons !== undefined) day.lessons = set.lessons;
      else if (schoolType !== 'po') day.lessons = DEFAULT_LESSONS;
      day.lessonMinutes = set.lessonMinutes ?? (day.lessons === undefined ? undefined : DEFAULT_LESSON_MINUTES);
      return day;
    }
    const inferred = evidence?.inferred(weekday);
    const po = schoolType === 'po';
    const lessonMinutes = set?.lessonMinutes ?? (po ? undefined : DEFAULT_LESSON_MINUTES);
    if (inferred) {
      const day: DaySchedule = { ...inferred, basis: 'afgeleid' };
      // VO and mbo keep their default lessons when only clock times were seen.
      if (day.lessons === undefined && !po) day.lessons = DEFAULT_LESSONS;
      day.lessonMinutes = lessonMinutes ?? (day.lessons !== undefined ? DEFAULT_LESSON_MINUTES : undefined);
      return day;
    }
    if (!po) return { lessons: DEFAULT_LESSONS, lessonMinutes: lessonMinutes ?? DEFAULT_LESSON_MINUTES, basis: 'standaard' };
    return { basis: 'onbekend' };
  });
}

/** Minutes of school time on a day with this schedule, when known. */
export function schoolMinutes(day: DaySchedule): number | undefined {
  if (day.start !== undefined && day.end !== undefined) return day.end - day.start;
  if (day.lessons !== undefined && day.lessonMinutes !== undefined) return day.lessons * day.lessonMinutes;
  return undefined;
}

/** "ma–vr 08:30–14:00, wo 08:30–12:15" or "ma–vr 8 lesuren van 50 min", with where it came from. */
export function describeWeek(week: WeekSchedule, lang: 'nl' | 'en' = 'nl'): string {
  const parts = week.map((d) => {
    if (d.basis === 'onbekend') return lang === 'nl' ? 'onbekend' : 'unknown';
    const bits: string[] = [];
    if (d.start !== undefined && d.end !== undefined) bits.push(`${minutesToClock(d.start)}–${minutesToClock(d.end)}`);
    if (d.lessons !== undefined) bits.push(lang === 'nl' ? `${d.lessons} lesuren van ${d.lessonMinutes ?? '?'} min` : `${d.lessons} lessons of ${d.lessonMinutes ?? '?'} min`);
    return bits.join(', ');
  });
  const groups: string[] = [];
  let i = 0;
  while (i < 5) {
    let j = i;
    while (j + 1 < 5 && parts[j + 1] === parts[i] && week[j + 1]!.basis === week[i]!.basis) j++;
    const days = i === j ? WEEKDAYS[i] : `${WEEKDAYS[i]}–${WEEKDAYS[j]}`;
    groups.push(`${days} ${parts[i]}${basisText(week[i]!.basis, lang)}`);
    i = j + 1;
  }
  return groups.join('; ');
}

function basisText(basis: TimetableBasis, lang: 'nl' | 'en'): string {
  if (basis === 'instelling') return '';
  if (basis === 'afgeleid') return lang === 'nl' ? ' (afgeleid uit de gegevens)' : ' (inferred from the data)';
  if (basis === 'standaard') return lang === 'nl' ? ' (standaard, niet ingesteld)' : ' (default, not set)';
  return '';
}

/** Whether any weekday's school time is unknown (PO without schooltijden and too little data). */
export function weekHasUnknown(week: WeekSchedule): boolean {
  return week.some((d) => d.basis === 'onbekend');
}

const DAY_WORDS: Record<string, WeekdayKey> = {
  ma: 'ma', maandag: 'ma', mo: 'ma', monday: 'ma',
  di: 'di', dinsdag: 'di', tu: 'di', tuesday: 'di',
  wo: 'wo', woensdag: 'wo', we: 'wo', wednesday: 'wo',
  do: 'do', donderdag: 'do', th: 'do', thursday: 'do',
  vr: 'vr', vrijdag: 'vr', fr: 'vr', friday: 'vr',
};

function daysOf(text: string): WeekdayKey[] | undefined {
  const out: WeekdayKey[] = [];
  for (const part of text.toLowerCase().split(/[/+&]/)) {
    const range = part.trim().split(/\s*[-–]\s*|\s+t\/m\s+/);
    const from = own(DAY_WORDS, range[0]!);
    const to = own(DAY_WORDS, range[range.length - 1]!);
    if (!from || !to) return undefined;
    const a = WEEKDAYS.indexOf(from);
    const b = WEEKDAYS.indexOf(to);
    if (b < a) return undefined;
    out.push(...WEEKDAYS.slice(a, b + 1));
  }
  return out;
}

function normClock(text: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

type Parsed = { ok: true; value: Schooltijden } | { ok: false; message: string };

function validated(raw: unknown): Parsed {
  const result = schooltijdenSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `${issue.path.join('.') || 'schooltijden'}: ${issue.message}` };
}

/**
 * The scan's `--schooltijden` as text: "ma-vr=08:30-14:00,wo=08:30-12:15" for clock times,
 * "ma-vr=8x50" for lessons × minutes, or both: "ma-do=08:30-15:10/8x50".
 */
export function parseSchooltijdenSpec(spec: string): Parsed {
  const out: Record<string, SchoolDayTimes> = {};
  for (const item of spec.split(/[,;]/).map((s) => s.trim()).filter(Boolean)) {
    const [dayText, valueText] = item.split('=');
    const days = dayText ? daysOf(dayText) : undefined;
    if (!days || !valueText) return { ok: false, message: `"${item}": verwacht bijvoorbeeld ma-vr=08:30-14:00 of wo=8x50` };
    const day: SchoolDayTimes = {};
    for (const part of valueText.split('/')) {
      const lessons = /^(\d{1,2})\s*[x×]\s*(\d{1,3})$/i.exec(part.trim());
      const times = /^(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/.exec(part.trim());
      if (lessons) {
        day.lessons = Number(lessons[1]);
        day.lessonMinutes = Number(lessons[2]);
      } else if (times && normClock(times[1]!) && normClock(times[2]!)) {
        day.start = normClock(times[1]!);
        day.end = normClock(times[2]!);
      } else {
        return { ok: false, message: `"${part}": verwacht een tijd als 08:30-14:00 of lessen als 8x50` };
      }
    }
    for (const d of days) out[d] = { ...out[d], ...day };
  }
  return validated(out);
}

/** A schooltijden file: JSON in the settings' shape, or CSV "dag;begintijd;eindtijd;lesuren;lesduur" (headers in any order). */
export function parseSchooltijdenFile(text: string): Parsed {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    try {
      return validated(JSON.parse(trimmed));
    } catch {
      return { ok: false, message: 'geen geldige JSON' };
    }
  }
  const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
  const separator = (lines[0] ?? '').includes(';') ? ';' : ',';
  const header = (lines[0] ?? '').split(separator).map((h) => h.trim().toLowerCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const c = { day: col('dag', 'weekdag', 'day'), start: col('begintijd', 'begin', 'start', 'van'), end: col('eindtijd', 'eind', 'end', 'tot'), lessons: col('lesuren', 'lessen', 'lessons'), minutes: col('lesduur', 'minuten', 'lesson minutes', 'lessonminutes') };
  if (c.day < 0) return { ok: false, message: 'geen kolom "dag" gevonden (verwacht dag;begintijd;eindtijd;lesuren;lesduur)' };
  const out: Record<string, SchoolDayTimes> = {};
  for (const [n, line] of lines.slice(1).entries()) {
    const cells = line.split(separator).map((x) => x.trim());
    const days = daysOf(cells[c.day] ?? '');
    if (!days) return { ok: false, message: `rij ${n + 2}: "${cells[c.day] ?? ''}" is geen weekdag` };
    const day: SchoolDayTimes = {};
    if (c.start >= 0 && cells[c.start]) day.start = normClock(cells[c.start]!) ?? cells[c.start];
    if (c.end >= 0 && cells[c.end]) day.end = normClock(cells[c.end]!) ?? cells[c.end];
    if (c.lessons >= 0 && cells[c.lessons]) day.lessons = Number(cells[c.lessons]);
    if (c.minutes >= 0 && cells[c.minutes]) day.lessonMinutes = Number(cells[c.minutes]);
    for (const d of days) out[d] = day;
  }
  return validated(out);
}
