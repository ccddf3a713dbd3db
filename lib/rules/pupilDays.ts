import { isoToDay, weekdayOf } from '../calendar/days.ts';
import type { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import type { AbsenceRecord, Geoorloofd } from '../model.ts';
import { hourUnitOf, type SchoolSettings } from '../settings.ts';
import type { ReasonResolver } from './reasons.ts';

/** What one pupil's records say about one school day. */
export interface PupilDay {
  day: number;
  /** Absent the whole day (a whole-day record, every lesson registered absent, or the day's minutes). */
  wholeDay: boolean;
  /** Geoorloofd status of the whole-day absence: nee if any part was ongeoorloofd, else onbekend if any part was, else ja. */
  wholeDayStatus: Geoorloofd;
  /** Any sick registration that day (MAZL). */
  ziek: boolean;
  /** Ongeoorloofd absence that day, in the school's unit (klokuren or lesuren); onbekend included when the settings say so. */
  countedHours: number;
  /** Of those hours, how many had no recorded geoorloofd status. */
  unknownHours: number;
}

/** One pupil's records bucketed per school day, before the lessons per day are known. */
export interface DayAccumulation {
  days: Map<number, DayAccumulator>;
  /** Highest lesuur registered per weekday (0 = maandag), for inferring a group's timetable. */
  highestLesson: number[];
  /** Records on weekends, holidays and studiedagen: skipped, so they neither count nor break a streak. */
  skippedNonSchoolDays: number;
  /** First and last day of any record (school day or not); Infinity/-Infinity without records. */
  firstDay: number;
  lastDay: number;
}

interface DayAccumulator {
  whole: boolean;
  countedWhole: boolean;
  unknownWhole: boolean;
  /** Lessons (bit n = lesuur n) registered absent, counted, counted without status, and with their own minutes. */
  absentMask: number;
  countedMask: number;
  unknownMask: number;
  explicitMask: number;
  /** Clock-time absence, and counted minutes that are not covered by the masks. */
  timeMinutes: number;
  countedMinutes: number;
  unknownMinutes: number;
  statusFlags: number;
  ziek: boolean;
}

const STATUS_NEE = 1;
const STATUS_ONBEKEND = 2;
const STATUS_JA = 4;
/** Bits 1..16: an open-ended lesson range runs "to the end of the day". */
const ALL_LESSONS = 0x1fffe;

function clockToMinutes(hhmm: string): number {
  return (hhmm.charCodeAt(0) - 48) * 600 + (hhmm.charCodeAt(1) - 48) * 60 + (hhmm.charCodeAt(3) - 48) * 10 + (hhmm.charCodeAt(4) - 48);
}

function popcount(n: number): number {
  let c = 0;
  let v = n;
  while (v) {
    v &= v - 1;
    c++;
  }
  return c;
}

/** Bits 1..lessons. */
export function fullMask(lessons: number): number {
  return lessons >= 16 ? ALL_LESSONS : (1 << (lessons + 1)) - 2;
}

export interface AccumulateContext {
  calendar: SchoolCalendar;
  resolver: ReasonResolver;
  school: SchoolSettings;
  countOnbekend: boolean;
}

/**
 * Collects one pupil's records into school days, record by record, so a whole school's records can be
 * routed to their pupils in a single pass without copying them into per-pupil lists.
 */
export class PupilDayBuilder {
  private readonly days = new Map<number, DayAccumulator>();
  private readonly highestLesson = [0, 0, 0, 0, 0, 0, 0];
  private skipped = 0;
  private readonly dayStart: number;
  // Exports list a pupil's lessons of one day together: reuse the last day's parse and bucket.
  private lastDate = '';
  private day = 0;
  private weekday = 0;
  private schoolDay = false;
  private current: DayAccumulator | undefined;
  private firstDay = Infinity;
  private lastDay = -Infinity;

  constructor(private readonly ctx: AccumulateContext) {
    this.dayStart = clockToMinutes(ctx.school.dayStart);
  }

  add(r: AbsenceRecord): void {
    const { calendar, resolver, school, countOnbekend } = this.ctx;
    if (r.date !== this.lastDate) {
      this.lastDate = r.date;
      this.day = isoToDay(r.date);
      if (this.day < this.firstDay) this.firstDay = this.day;
      if (this.day > this.lastDay) this.lastDay = this.day;
      this.weekday = weekdayOf(this.day);
      this.schoolDay = calendar.isSchoolDay(this.day);
      this.current = this.days.get(this.day);
    }
    const span = r.span;
    if (span.kind === 'lessons') {
      const highest = span.to ?? span.from;
      if (highest > this.highestLesson[this.weekday]!) this.highestLesson[this.weekday] = highest;
    }
    if (!this.schoolDay) {
      this.skipped++;
      return;
    }
    const resolved = resolver.resolve(r);
    if (!resolved.absence) return;
    let a = this.current;
    if (!a) {
      a = {
        whole: false, countedWhole: false, unknownWhole: false, absentMask: 0, countedMask: 0, unknownMask: 0, explicitMask: 0,
        timeMinutes: 0, countedMinutes: 0, unknownMinutes: 0, statusFlags: 0, ziek: false,
      };
      this.days.set(this.day, a);
      this.current = a;
    }
    if (resolved.category === 'ziek') a.ziek = true;
    const g = resolved.geoorloofd;
    a.statusFlags |= g === 'nee' ? STATUS_NEE : g === 'onbekend' ? STATUS_ONBEKEND : STATUS_JA;
    const counted = g === 'nee' || (g === 'onbekend' && countOnbekend);
    const unknown = g === 'onbekend';
    if (span.kind === 'day') {
      a.whole = true;
      if (counted) {
        a.countedWhole = true;
        if (unknown) a.unknownWhole = true;
      }
    } else if (span.kind === 'lessons') {
      const mask = span.to === undefined ? ALL_LESSONS & ~((1 << span.from) - 2) : fullMask(span.to) & ~((1 << span.from) - 2);
      a.absentMask |= mask;
      if (counted) {
        const fresh = mask & ~a.countedMask;
        if (fresh && r.minutes !== undefined) {
          // The source says how long: use that for the lessons not yet counted.
          const share = (r.minutes * popcount(fresh)) / popcount(mask);
          a.countedMinutes += share;
          if (unknown) a.unknownMinutes += share;
          a.explicitMask |= fresh;
        }
        a.countedMask |= mask;
        if (unknown) a.unknownMask |= fresh;
      }
    } else {
      // A row with only an end time starts at 00:00 in the model: count from the start of the school day.
      const start = Math.max(clockToMinutes(span.start), this.dayStart);
      const end = span.end ? clockToMinutes(span.end) : this.dayStart + school.dayMinutes;
      const minutes = r.minutes ?? Math.max(0, end - start);
      a.timeMinutes += minutes;
      if (counted) {
        a.countedMinutes += minutes;
        if (unknown) a.unknownMinutes += minutes;
      }
    }
  }

  result(): DayAccumulation {
    return { days: this.days, highestLesson: this.highestLesson, skippedNonSchoolDays: this.skipped, firstDay: this.firstDay, lastDay: this.lastDay };
  }
}

/**
 * Turns the accumulated records into school days, given the lessons per weekday of the pupil's
 * group (the school's setting, or the highest lesuur the group's records show on that weekday).
 */
export function finalizePupilDays(accumulation: DayAccumulation, lessonsPerWeekday: readonly number[], school: SchoolSettings): Map<number, PupilDay> {
  const unit = hourUnitOf(school);
  const perLesson = unit === 'lesuur' ? Math.max(1, school.lessonMinutes / 60) : school.lessonMinutes / 60;
  const days = new Map<number, PupilDay>();
  for (const [day, a] of accumulation.days) {
    const lessons = lessonsPerWeekday[weekdayOf(day)] ?? 0;
    const full = lessons > 0 ? fullMask(lessons) : ALL_LESSONS;
    const allLessons = lessons > 0 && (a.absentMask & full) === full;
    const wholeDay = a.whole || allLessons || a.timeMinutes >= school.dayMinutes;
    const wholeDayStatus: Geoorloofd = a.statusFlags & STATUS_NEE ? 'nee' : a.statusFlags & STATUS_ONBEKEND ? 'onbekend' : 'ja';
    const dayLessons = lessons > 0 ? lessons : Math.max(1, Math.round(school.dayMinutes / school.lessonMinutes));
    // A lesuur of at most 60 minutes counts as one hour for VO (DUO); PO and MBO count clock time.
    const fullDayHours = unit === 'lesuur' ? dayLessons * perLesson : school.dayMinutes / 60;
    let countedHours: number;
    let unknownHours: number;
    if (a.countedWhole) {
      countedHours = fullDayHours;
      unknownHours = a.unknownWhole ? fullDayHours : 0;
    } else {
      const counted = a.countedMask & full;
      const implicitLessons = popcount(counted & ~a.explicitMask);
      const explicitLessons = popcount(counted & a.explicitMask);
      if (unit === 'lesuur') {
        const lessonMinutesGiven = explicitLessons * school.lessonMinutes;
        const otherMinutes = Math.max(0, a.countedMinutes - lessonMinutesGiven);
        countedHours = (implicitLessons + explicitLessons) * perLesson + otherMinutes / 60;
      } else {
        countedHours = implicitLessons * perLesson + a.countedMinutes / 60;
      }
      countedHours = Math.min(fullDayHours, countedHours);
      const unknownLessons = popcount(a.unknownMask & full & ~a.explicitMask);
      unknownHours = Math.min(countedHours, unknownLessons * perLesson + a.unknownMinutes / 60);
    }
    days.set(day, { day, wholeDay, wholeDayStatus, ziek: a.ziek, countedHours, unknownHours });
  }
  return days;
}

/** Both steps for a pupil on its own (a single pupil's page, tests). */
export function buildPupilDays(records: readonly AbsenceRecord[], ctx: AccumulateContext & { lessonsPerWeekday?: readonly number[] }) {
  const builder = new PupilDayBuilder(ctx);
  for (const r of records) builder.add(r);
  const accumulation = builder.result();
  return {
    days: finalizePupilDays(accumulation, ctx.lessonsPerWeekday ?? accumulation.highestLesson, ctx.school),
    skippedNonSchoolDays: accumulation.skippedNonSchoolDays,
  };
}
