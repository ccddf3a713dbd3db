/**
 * One pupil's records → school days: per day whether the pupil was absent the whole school day, with
 * which status, and how many klokuren or lesuren counted. What a whole day is and what an hour is
 * worth comes from the school's timetable (timetable.ts), never from one number for every weekday.
 */
import { isoToDay, weekdayOf } from '../calendar/days.ts';
import type { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import type { AbsenceRecord, Geoorloofd } from '../model.ts';
import type { HourUnit } from '../settings.ts';
import type { ReasonResolver, ResolvedReason } from './reasons.ts';
import { clockToMinutes, schoolMinutes, type DaySchedule, type TimetableEvidence, type WeekSchedule } from './timetable.ts';

/** What one pupil's records say about one school day. */
export interface PupilDay {
  day: number;
  /** Absent the whole school day: a whole-day record, every lesson of that weekday, or all of its school time. */
  wholeDay: boolean;
  /** Geoorloofd status of the whole-day absence: nee if any part was ongeoorloofd, else onbekend if any part was, else ja. */
  wholeDayStatus: Geoorloofd;
  /** Any sick registration that day (MAZL). */
  ziek: boolean;
  /** Ongeoorloofd absence that day, in the school's unit (klokuren or lesuren); onbekend included when the settings say so. */
  countedHours: number;
  /** Of those hours, how many had no recorded geoorloofd status. */
  unknownHours: number;
  /** Some counted absence that day has no known length: the school time of that weekday is unknown. */
  hoursUnknown: boolean;
  /** Part of the day was registered absent, but without the weekday's school time nobody can say whether it was all of it. */
  wholeDayUnjudged: boolean;
  /** How the day's absence reasons were read, when not straight from the source's own flag: bits into DayAccumulation.reasons. */
  reasonMask: number;
}

/** One pupil's records bucketed per school day, before the timetable is known. */
export interface DayAccumulation {
  days: Map<number, DayAccumulator>;
  /** Records on weekends, holidays and studiedagen: skipped, so they neither count nor break a streak. */
  skippedNonSchoolDays: number;
  /** First and last day of any record (school day or not); Infinity/-Infinity without records. */
  firstDay: number;
  lastDay: number;
  /** The pupil's reason readings that did not come straight from the source's flag (at most 31), for the explanation. */
  reasons: ResolvedReason[];
  /** How many of the pupil's records were read (school days or not). */
  records: number;
  /** Registrations of a day, lesuur or time already registered absent that day: counted once (reported). */
  duplicates: number;
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
  /** Minutes the source gave for counted lessons (Somtoday's minutenGemist). */
  explicitMinutes: number;
  explicitUnknownMinutes: number;
  /** Clock-time absences as (start, end, flags) triples; OPEN where the record leaves the bound to the school day. */
  times: number[] | undefined;
  statusFlags: number;
  ziek: boolean;
  reasonMask: number;
}

const STATUS_NEE = 1;
const STATUS_ONBEKEND = 2;
const STATUS_JA = 4;
const TIME_COUNTED = 1;
const TIME_UNKNOWN = 2;
const OPEN = -1;
/** Bits 1..16: an open-ended lesson range runs "to the end of the day". */
const ALL_LESSONS = 0x1fffe;

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
  countOnbekend: boolean;
  /** Collects what the school's records show about its school times (all pupils together). */
  evidence?: TimetableEvidence;
}

/**
 * Collects one pupil's records into school days, record by record, so a whole school's records can be
 * routed to their pupils in a single pass without copying them into per-pupil lists.
 */
export class PupilDayBuilder {
  private readonly days = new Map<number, DayAccumulator>();
  private skipped = 0;
  // What this pupil's records show about school time per weekday, handed to the evidence once.
  private readonly highestLesson = [0, 0, 0, 0, 0];
  private readonly earliest = [Infinity, Infinity, Infinity, Infinity, Infinity];
  private readonly latest = [-Infinity, -Infinity, -Infinity, -Infinity, -Infinity];
  // Exports list a pupil's lessons of one day together: reuse the last day's parse and bucket.
  private lastDate = '';
  private day = 0;
  private weekday = 0;
  private schoolDay = false;
  private current: DayAccumulator | undefined;
  private firstDay = Infinity;
  private lastDay = -Infinity;
  private readonly reasons: ResolvedReason[] = [];
  private count = 0;
  private duplicates = 0;

  constructor(
    private readonly ctx: AccumulateContext,
    private readonly pupilId = '',
  ) {}

  add(r: AbsenceRecord): void {
    const { calendar, resolver, countOnbekend } = this.ctx;
    this.count++;
    if (r.date !== this.lastDate) {
      this.lastDate = r.date;
      this.day = isoToDay(r.date);
      if (this.day < this.firstDay) this.firstDay = this.day;
      if (this.day > this.lastDay) this.lastDay = this.day;
      this.weekday = weekdayOf(this.day);
      this.schoolDay = calendar.isSchoolDay(this.day);
      this.current = this.days.get(this.day);
    }
    if (!this.schoolDay) {
      this.skipped++;
      return;
    }
    const span = r.span;
    const wd = this.weekday;
    let start = OPEN;
    let end = OPEN;
    if (span.kind === 'lessons') {
      const highest = span.to ?? span.from;
      if (highest > this.highestLesson[wd]!) this.highestLesson[wd] = highest;
    } else if (span.kind === 'time') {
      // "00:00" is how a part of a multi-day row says "from the start of the school day".
      if (span.start !== '00:00') start = clockToMinutes(span.start);
      if (span.end) end = clockToMinutes(span.end);
      else if (r.minutes !== undefined && start !== OPEN) end = start + r.minutes;
      if (start !== OPEN && start < this.earliest[wd]!) this.earliest[wd] = start;
      if (end !== OPEN && end > this.latest[wd]!) this.latest[wd] = end;
    }
    const resolved = resolver.resolve(r);
    if (!resolved.absence) return;
    let a = this.current;
    if (!a) {
      a = {
        whole: false, countedWhole: false, unknownWhole: false, absentMask: 0, countedMask: 0, unknownMask: 0, explicitMask: 0,
        explicitMinutes: 0, explicitUnknownMinutes: 0, times: undefined, statusFlags: 0, ziek: false, reasonMask: 0,
      };
      this.days.set(this.day, a);
      this.current = a;
    }
    // Only readings the explanation names (a source's own flag needs no word), as bits: no allocation per day.
    if (resolved.basis !== 'bron') {
      let bit = this.reasons.indexOf(resolved);
      if (bit < 0 && this.reasons.length < 31) bit = this.reasons.push(resolved) - 1;
      if (bit >= 0) a.reasonMask |= 1 << bit;
    }
    if (resolved.category === 'ziek') a.ziek = true;
    const g = resolved.geoorloofd;
    a.statusFlags |= g === 'nee' ? STATUS_NEE : g === 'onbekend' ? STATUS_ONBEKEND : STATUS_JA;
    const counted = g === 'nee' || (g === 'onbekend' && countOnbekend);
    const unknown = g === 'onbekend';
    if (span.kind === 'day') {
      if (a.whole) this.duplicates++;
      a.whole = true;
      if (counted) {
        a.countedWhole = true;
        if (unknown) a.unknownWhole = true;
      }
    } else if (span.kind === 'lessons') {
      const mask = span.to === undefined ? ALL_LESSONS & ~((1 << span.from) - 2) : fullMask(span.to) & ~((1 << span.from) - 2);
      if ((a.absentMask & mask) === mask) this.duplicates++;
      a.absentMask |= mask;
      if (counted) {
        const fresh = mask & ~a.countedMask;
        if (fresh && r.minutes !== undefined) {
          // The source says how long: use that for the lessons not yet counted.
          const share = (r.minutes * popcount(fresh)) / popcount(mask);
          a.explicitMinutes += share;
          if (unknown) a.explicitUnknownMinutes += share;
          a.explicitMask |= fresh;
        }
        a.countedMask |= mask;
        if (unknown) a.unknownMask |= fresh;
      }
    } else {
      const times = (a.times ??= []);
      for (let i = 0; i < times.length; i += 3) {
        if (times[i] === start && times[i + 1] === end) {
          this.duplicates++;
          break;
        }
      }
      times.push(start, end, counted ? TIME_COUNTED | (unknown ? TIME_UNKNOWN : 0) : 0);
    }
  }

  result(): DayAccumulation {
    const evidence = this.ctx.evidence;
    if (evidence) {
      for (let wd = 0; wd < 5; wd++) {
        if (this.highestLesson[wd]! > 0) evidence.lesson(this.pupilId, wd, this.highestLesson[wd]!);
        const s = this.earliest[wd]!;
        const e = this.latest[wd]!;
        if (Number.isFinite(s) || Number.isFinite(e)) evidence.time(this.pupilId, wd, Number.isFinite(s) ? s : undefined, Number.isFinite(e) ? e : undefined);
      }
    }
    return {
      days: this.days, skippedNonSchoolDays: this.skipped, firstDay: this.firstDay, lastDay: this.lastDay,
      reasons: this.reasons, records: this.count, duplicates: this.duplicates,
    };
  }
}

/** Merged [start, end) intervals of the triples whose flags include `flag` (0: all), bounds filled from the school day. */
function mergedIntervals(times: readonly number[], flag: number, dayStart: number | undefined, dayEnd: number | undefined) {
  const list: [number, number][] = [];
  let unbounded = false;
  for (let i = 0; i < times.length; i += 3) {
    if (flag && !(times[i + 2]! & flag)) continue;
    let s = times[i]!;
    let e = times[i + 1]!;
    if (s === OPEN) s = dayStart ?? OPEN;
    if (e === OPEN) e = dayEnd ?? OPEN;
    if (s === OPEN || e === OPEN) {
      unbounded = true;
      continue;
    }
    // Only school time counts: a registration outside it changes nothing.
    if (dayStart !== undefined) s = Math.max(s, dayStart);
    if (dayEnd !== undefined) e = Math.min(e, dayEnd);
    if (e > s) list.push([s, e]);
  }
  list.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const iv of list) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([iv[0], iv[1]]);
  }
  let minutes = 0;
  for (const [s, e] of merged) minutes += e - s;
  return { merged, minutes, unbounded };
}

/** What a whole day and an hour are on one weekday, worked out once per week rather than per day. */
interface DayRule {
  lessons: number | undefined;
  dayStart: number | undefined;
  dayEnd: number | undefined;
  windowKnown: boolean;
  /** Hours one lesson is worth, when known. */
  perLesson: number | undefined;
  /** Minutes per hour in the school's unit: 60 for klokuren, the lesson length (at most 60) for lesuren. */
  minuteDivisor: number;
  fullDayHours: number | undefined;
  full: number;
}

function dayRule(schedule: DaySchedule, unit: HourUnit): DayRule {
  const { lessons, lessonMinutes, start: dayStart, end: dayEnd } = schedule;
  // A lesuur of at most 60 minutes counts as one hour for VO (DUO); PO and mbo count clock time.
  const perLesson = unit === 'lesuur' ? Math.max(1, (lessonMinutes ?? 60) / 60) : lessonMinutes !== undefined ? lessonMinutes / 60 : undefined;
  const minuteDivisor = unit === 'lesuur' ? Math.min(60, lessonMinutes ?? 60) : 60;
  const totalMinutes = schoolMinutes(schedule);
  const fullDayHours =
    unit === 'lesuur'
      ? lessons !== undefined ? lessons * perLesson! : totalMinutes !== undefined ? totalMinutes / minuteDivisor : undefined
      : totalMinutes !== undefined ? totalMinutes / 60 : undefined;
  return {
    lessons, dayStart, dayEnd, windowKnown: dayStart !== undefined && dayEnd !== undefined, perLesson, minuteDivisor, fullDayHours,
    full: lessons !== undefined ? fullMask(lessons) : ALL_LESSONS,
  };
}

const UNKNOWN_DAY = dayRule({ basis: 'onbekend' }, 'klokuur');

/**
 * Turns the accumulated records into school days with the week's schedule of the pupil's group
 * (the school's setting, inferred from the data, or the school type's default).
 */
export function finalizePupilDays(accumulation: DayAccumulation, week: WeekSchedule, unit: HourUnit): Map<number, PupilDay> {
  const days = new Map<number, PupilDay>();
  const weekdays = week.map((schedule) => dayRule(schedule, unit));
  for (const [day, a] of accumulation.days) {
    const { lessons, dayStart, dayEnd, windowKnown, perLesson, minuteDivisor, fullDayHours, full } = weekdays[weekdayOf(day)] ?? UNKNOWN_DAY;
    let wholeDay = a.whole || (lessons !== undefined && (a.absentMask & full) === full);
    if (!wholeDay && a.times && windowKnown) {
      const all = mergedIntervals(a.times, 0, dayStart, dayEnd);
      wholeDay = all.merged.length === 1 && all.merged[0]![0] <= dayStart! && all.merged[0]![1] >= dayEnd!;
    }
    const wholeDayUnjudged = !wholeDay && ((a.absentMask !== 0 && lessons === undefined) || (a.times !== undefined && !windowKnown));
    const wholeDayStatus: Geoorloofd = a.statusFlags & STATUS_NEE ? 'nee' : a.statusFlags & STATUS_ONBEKEND ? 'onbekend' : 'ja';

    let countedHours = 0;
    let unknownHours = 0;
    let hoursUnknown = false;
    if (a.countedWhole) {
      if (fullDayHours === undefined) hoursUnknown = true;
      else {
        countedHours = fullDayHours;
        unknownHours = a.unknownWhole ? fullDayHours : 0;
      }
    } else {
      const counted = a.countedMask & full;
      const implicitLessons = popcount(counted & ~a.explicitMask);
      if (implicitLessons > 0) {
        if (perLesson === undefined) hoursUnknown = true;
        else countedHours += implicitLessons * perLesson;
      }
      const explicitLessons = popcount(counted & a.explicitMask);
      // The source's minutes for its lessons; a VO lesuur still counts as one hour (DUO).
      countedHours += unit === 'lesuur' ? explicitLessons * (perLesson ?? 1) : a.explicitMinutes / minuteDivisor;
      const unknownLessons = popcount(a.unknownMask & full & ~a.explicitMask);
      unknownHours += unknownLessons * (perLesson ?? 0) + (unit === 'lesuur' ? 0 : a.explicitUnknownMinutes / minuteDivisor);
      if (a.times) {
        const c = mergedIntervals(a.times, TIME_COUNTED, dayStart, dayEnd);
        if (c.unbounded) hoursUnknown = true;
        countedHours += c.minutes / minuteDivisor;
        unknownHours += mergedIntervals(a.times, TIME_UNKNOWN, dayStart, dayEnd).minutes / minuteDivisor;
      }
      if (fullDayHours !== undefined) countedHours = Math.min(fullDayHours, countedHours);
      unknownHours = Math.min(countedHours, unknownHours);
    }
    days.set(day, { day, wholeDay, wholeDayStatus, ziek: a.ziek, countedHours, unknownHours, hoursUnknown, wholeDayUnjudged, reasonMask: a.reasonMask });
  }
  return days;
}
