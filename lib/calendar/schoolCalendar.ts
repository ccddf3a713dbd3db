import { z } from '../zod.ts';
import { civilToDay, dayToIso, isIsoDate, isoToDay, schoolYearOf, weekdayOf, type IsoDate } from './days.ts';
import vakantieData from './data/schoolvakanties.json' with { type: 'json' };
import holidayData from './data/public-holidays-nl.json' with { type: 'json' };

export const REGIONS = ['noord', 'midden', 'zuid'] as const;
export type Regio = (typeof REGIONS)[number];

const isoDate = z.string().refine(isIsoDate, 'datum moet JJJJ-MM-DD zijn');

const dateRange = z
  .object({ start: isoDate, end: isoDate })
  .refine((r) => r.start <= r.end, 'einddatum ligt voor de begindatum');

export const calendarSettingsSchema = z.object({
  /** Vakantieregio; midden until the school sets another. */
  regio: z.enum(REGIONS).default('midden'),
  /** Goede Vrijdag is not on the government's closed list: the school decides (rijksoverheid). Most schools close. */
  goedeVrijdagVrij: z.boolean().default(true),
  /** Studiedagen and other days the school is closed. */
  vrijeDagen: z.array(z.object({ date: isoDate, name: z.string().max(80).default('studiedag') })).default([]),
  /**
   * The school's own holiday weeks, e.g. a carnavalsweek in the south. With `vervangt` the official
   * (advisory) holiday of that name in the same school year no longer counts.
   */
  eigenVakanties: z
    .array(
      dateRange.and(
        z.object({
          name: z.string().min(1).max(80),
          vervangt: z.enum(['herfstvakantie', 'voorjaarsvakantie', 'meivakantie-extra']).optional(),
        }),
      ),
    )
    .default([]),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export type ClosedReason =
  | { kind: 'weekend' }
  | { kind: 'feestdag'; name: string }
  | { kind: 'vakantie'; name: string }
  | { kind: 'vrije dag'; name: string };

export interface ClosedPeriod {
  kind: 'feestdag' | 'vakantie' | 'vrije dag';
  name: string;
  start: IsoDate;
  end: IsoDate;
}

/** Days the calendar tables cover; outside this the calendar cannot answer. */
const FIRST_DAY = isoToDay(`${holidayData.firstYear}-01-01`);
const LAST_DAY = isoToDay(`${holidayData.lastYear}-12-31`);
/** The first Monday inside the covered range: whole weeks from there are wholly covered. */
const FIRST_MONDAY = FIRST_DAY + ((7 - weekdayOf(FIRST_DAY)) % 7);

/**
 * Algemene termijnenwet art. 3: the days that do not count as werkdagen for a term such as DUO's
 * "binnen 5 werkdagen". Goede Vrijdag is not among them; 5 mei is, every year.
 */
const ATW_HOLIDAYS: ReadonlySet<string> = new Set([
  'Nieuwjaar', 'Tweede paasdag', 'Koningsdag', 'Bevrijdingsdag', 'Hemelvaartsdag', 'Tweede pinksterdag', 'Kerstmis', 'Tweede kerstdag',
]);

const SCHOOL = 0;
const WEEKEND = 1;
const FEESTDAG = 2;
const VAKANTIE = 3;
const VRIJ = 4;

/**
 * School days = weekdays − public holidays − the region's school holidays − the school's own days.
 * Built once per settings; every query is an array lookup.
 */
export class SchoolCalendar {
  readonly settings: CalendarSettings;
  readonly firstDay = FIRST_DAY;
  readonly lastDay = LAST_DAY;
  /** Per day: SCHOOL, WEEKEND, FEESTDAG, VAKANTIE or VRIJ. */
  private readonly kind: Uint8Array;
  private readonly names: Map<number, string> = new Map();
  /** schoolDaysBefore[i] = school days in [FIRST_DAY, FIRST_DAY + i). */
  private readonly schoolDaysBefore: Int32Array;
  /** Public holidays of the Algemene termijnenwet: not werkdagen. */
  private readonly atwHoliday: Uint8Array;
  private readonly coveredYears: Set<string>;
  /** lesweeksBefore[w] = lesweken among the calendar weeks before week w (week 0 starts on FIRST_MONDAY). */
  private readonly lesweeksBefore: Int32Array;
  private readonly lesweekMondays: Int32Array;

  constructor(settings: Partial<CalendarSettings> = {}) {
    this.settings = calendarSettingsSchema.parse(settings);
    const size = LAST_DAY - FIRST_DAY + 1;
    this.kind = new Uint8Array(size);
    this.atwHoliday = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      const wd = weekdayOf(FIRST_DAY + i);
      if (wd >= 5) this.kind[i] = WEEKEND;
    }
    for (const h of holidayData.days) {
      const i = isoToDay(h.date) - FIRST_DAY;
      if (ATW_HOLIDAYS.has(h.name)) this.atwHoliday[i] = 1;
      if (h.name === 'Goede Vrijdag' && !this.settings.goedeVrijdagVrij) continue;
      if (this.kind[i] === SCHOOL) this.mark(i, FEESTDAG, h.name);
    }
    for (let year = holidayData.firstYear; year <= holidayData.lastYear; year++) {
      this.atwHoliday[civilToDay(year, 5, 5) - FIRST_DAY] = 1;
    }
    this.coveredYears = new Set(vakantieData.years.map((y) => y.schoolYear));
    const region = this.settings.regio;
    const replaced = new Set(
      this.settings.eigenVakanties
        .filter((v) => v.vervangt)
        .map((v) => `${schoolYearOf(isoToDay(v.start))}:${v.vervangt}`),
    );
    for (const year of vakantieData.years) {
      for (const holiday of year.holidays) {
        if (replaced.has(`${year.schoolYear}:${holiday.name}`)) continue;
        const period = holiday.regions[region];
        this.markRange(isoToDay(period.start), isoToDay(period.end), VAKANTIE, holiday.name);
      }
    }
    for (const own of this.settings.eigenVakanties) {
      this.markRange(isoToDay(own.start), isoToDay(own.end), VAKANTIE, own.name);
    }
    for (const free of this.settings.vrijeDagen) {
      this.markRange(isoToDay(free.date), isoToDay(free.date), VRIJ, free.name);
    }
    this.schoolDaysBefore = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) {
      this.schoolDaysBefore[i + 1] = this.schoolDaysBefore[i]! + (this.kind[i] === SCHOOL ? 1 : 0);
    }
    // The Mondays of the lesweken, in order, and per calendar week how many lesweken came before it:
    // "n lesweken later" is then a lookup (the rules ask it for every report, melding and streak).
    const weeks = Math.floor((LAST_DAY - FIRST_MONDAY) / 7) + 1;
    this.lesweeksBefore = new Int32Array(weeks + 1);
    const mondays: number[] = [];
    for (let w = 0; w < weeks; w++) {
      const monday = FIRST_MONDAY + 7 * w;
      const lesweek = this.isLesweek(monday);
      if (lesweek) mondays.push(monday);
      this.lesweeksBefore[w + 1] = this.lesweeksBefore[w]! + (lesweek ? 1 : 0);
    }
    this.lesweekMondays = Int32Array.from(mondays);
  }

  private mark(i: number, kind: number, name: string) {
    this.kind[i] = kind;
    this.names.set(i, name);
  }

  private markRange(from: number, to: number, kind: number, name: string) {
    for (let d = Math.max(from, FIRST_DAY); d <= Math.min(to, LAST_DAY); d++) {
      const i = d - FIRST_DAY;
      // Weekends stay weekends; a holiday overrides a public holiday inside it (for the explanation).
      if (this.kind[i] !== WEEKEND) this.mark(i, kind, name);
    }
  }

  covers(day: number): boolean {
    return day >= FIRST_DAY && day <= LAST_DAY;
  }

  /** Whether the official school holidays of the day's school year are known (2024-2025 … 2029-2030). */
  hasHolidayData(day: number): boolean {
    return this.coveredYears.has(schoolYearOf(day));
  }

  isSchoolDay(day: number): boolean {
    if (!this.covers(day)) return weekdayOf(day) < 5;
    return this.kind[day - FIRST_DAY] === SCHOOL;
  }

  closedReason(day: number): ClosedReason | null {
    if (!this.covers(day)) return weekdayOf(day) < 5 ? null : { kind: 'weekend' };
    const i = day - FIRST_DAY;
    switch (this.kind[i]) {
      case SCHOOL:
        return null;
      case WEEKEND:
        return { kind: 'weekend' };
      case FEESTDAG:
        return { kind: 'feestdag', name: this.names.get(i) ?? '' };
      case VAKANTIE:
        return { kind: 'vakantie', name: this.names.get(i) ?? '' };
      default:
        return { kind: 'vrije dag', name: this.names.get(i) ?? '' };
    }
  }

  /** Number of school days in [from, to], both inclusive. */
  schoolDaysBetween(from: number, to: number): number {
    if (to < from) return 0;
    if (from >= FIRST_DAY && to <= LAST_DAY) {
      return this.schoolDaysBefore[to - FIRST_DAY + 1]! - this.schoolDaysBefore[from - FIRST_DAY]!;
    }
    let n = 0;
    for (let d = from; d <= to; d++) if (this.isSchoolDay(d)) n++;
    return n;
  }

  /** The first school day on or after `day`. */
  nextSchoolDay(day: number): number {
    let d = day;
    for (let guard = 0; guard < 400 && !this.isSchoolDay(d); guard++) d++;
    return d;
  }

  /** The last school day on or before `day`. */
  previousSchoolDay(day: number): number {
    let d = day;
    for (let guard = 0; guard < 400 && !this.isSchoolDay(d); guard++) d--;
    return d;
  }

  /** Whether the calendar week (maandag–zondag) holding `day` has at least one school day: a "lesweek". */
  isLesweek(day: number): boolean {
    const monday = day - weekdayOf(day);
    return this.schoolDaysBetween(monday, monday + 6) > 0;
  }

  /**
   * The same weekday `weeks` lesweken later (or earlier, when negative): calendar weeks without a
   * single school day (a holiday week) are skipped, so "4 lesweken" means four weeks of school.
   */
  addSchoolWeeks(day: number, weeks: number): number {
    const offset = weekdayOf(day);
    const week = (day - offset - FIRST_MONDAY) / 7;
    if (week >= 0 && week < this.lesweeksBefore.length - 1) {
      // Lesweken up to and including this week (going forward) or before it (going back), then count on.
      const target = weeks >= 0 ? this.lesweeksBefore[week + 1]! + weeks - 1 : this.lesweeksBefore[week]! + weeks;
      if (weeks === 0) return day;
      if (target >= 0 && target < this.lesweekMondays.length) return this.lesweekMondays[target]! + offset;
    }
    const step = weeks >= 0 ? 7 : -7;
    let remaining = Math.abs(weeks);
    let d = day;
    for (let guard = 0; remaining > 0 && guard < 600; guard++) {
      d += step;
      if (this.isLesweek(d)) remaining--;
    }
    return d;
  }

  /**
   * Werkdagen for DUO terms: Monday–Friday minus the holidays of the Algemene termijnenwet (Nieuwjaarsdag,
   * tweede Paasdag, Koningsdag, 5 mei, Hemelvaartsdag, tweede Pinksterdag, both Kerstdagen). Goede
   * Vrijdag and school holidays are werkdagen.
   */
  isWerkdag(day: number): boolean {
    return weekdayOf(day) < 5 && !(this.covers(day) && this.atwHoliday[day - FIRST_DAY] === 1);
  }

  addWerkdagen(day: number, count: number): number {
    let d = day;
    let left = count;
    while (left > 0) {
      d++;
      if (this.isWerkdag(d)) left--;
    }
    return d;
  }

  /** The name of the school holiday `day` falls in, if any (a deadline there needs a word). */
  holidayOn(day: number): string | undefined {
    const reason = this.closedReason(day);
    return reason && reason.kind === 'vakantie' ? reason.name : undefined;
  }

  /** The holidays, public holidays and the school's own days that fall on weekdays in [from, to]. */
  closedPeriodsBetween(from: number, to: number): ClosedPeriod[] {
    const runs: { kind: ClosedPeriod['kind']; name: string; start: number; end: number }[] = [];
    let open = false;
    for (let d = from; d <= to; d++) {
      const reason = this.closedReason(d);
      if (reason === null) {
        open = false;
        continue;
      }
      if (reason.kind === 'weekend') continue;
      const last = runs[runs.length - 1];
      if (open && last && last.kind === reason.kind && last.name === reason.name) {
        last.end = d;
      } else {
        runs.push({ kind: reason.kind, name: reason.name, start: d, end: d });
        open = true;
      }
    }
    return runs.map((r) => ({ kind: r.kind, name: r.name, start: dayToIso(r.start), end: dayToIso(r.end) }));
  }
}
