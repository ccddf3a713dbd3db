import { isoToDay, weekdayOf } from '../calendar/days.ts';
import type { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import type { AbsenceRecord, Geoorloofd } from '../model.ts';
import { hourUnitOf, type HourUnit, type SchoolSettings } from '../settings.ts';
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

export interface DayTableContext {
  calendar: SchoolCalendar;
  resolver: ReasonResolver;
  school: SchoolSettings;
  countOnbekend: boolean;
  /** Lesuren per weekday (index 0 = maandag) for this pupil's group. */
  lessonsPerWeekday: readonly number[];
}

const ABSENCE = new Set(['absent', 'verwijderd', 'ziek', 'verlof']);
const STATUS_NEE = 1;
const STATUS_ONBEKEND = 2;
const STATUS_JA = 4;

interface Accumulator {
  wholeFlags: number;
  absentMask: number;
  countedMask: number;
  countedUnknownMask: number;
  timeMinutes: number;
  statusFlags: number;
  ziek: boolean;
  countedMinutes: number;
  unknownMinutes: number;
  countedWhole: boolean;
  unknownWhole: boolean;
}

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

export function fullMask(lessons: number): number {
  return lessons >= 31 ? 0x7fffffff : (1 << (lessons + 1)) - 2; // bits 1..lessons
}

/**
 * Buckets one pupil's records into school days. Records on non-school days are skipped and counted,
 * so they neither count nor break a streak.
 */
export function buildPupilDays(
  records: readonly AbsenceRecord[],
  ctx: DayTableContext,
): { days: Map<number, PupilDay>; skippedNonSchoolDays: number } {
  const { calendar, resolver, school, countOnbekend, lessonsPerWeekday } = ctx;
  const unit: HourUnit = hourUnitOf(school);
  const dayStart = clockToMinutes(school.dayStart);
  const acc = new Map<number, Accumulator>();
  let skipped = 0;

  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const day = isoToDay(r.date);
    if (!calendar.isSchoolDay(day)) {
      skipped++;
      continue;
    }
    const resolved = resolver.resolve(r);
    const isZiek = resolved.category === 'ziek';
    if (!ABSENCE.has(resolved.category)) continue;
    let a = acc.get(day);
    if (!a) {
      a = {
        wholeFlags: 0, absentMask: 0, countedMask: 0, countedUnknownMask: 0, timeMinutes: 0, statusFlags: 0,
        ziek: false, countedMinutes: 0, unknownMinutes: 0, countedWhole: false, unknownWhole: false,
      };
      acc.set(day, a);
    }
    if (isZiek) a.ziek = true;
    const g = resolved.geoorloofd;
    const status = g === 'nee' ? STATUS_NEE : g === 'onbekend' ? STATUS_ONBEKEND : STATUS_JA;
    a.statusFlags |= status;
    const counted = g === 'nee' || (g === 'onbekend' && countOnbekend);
    const unknown = g === 'onbekend';
    const span = r.span;
    if (span.kind === 'day') {
      a.wholeFlags = 1;
      if (counted) {
        a.countedWhole = true;
        if (unknown) a.unknownWhole = true;
      }
    } else if (span.kind === 'lessons') {
      const to = span.to ?? Math.max(span.from, lessonsPerWeekday[weekdayOf(day)] ?? span.from);
      let mask = 0;
      for (let l = span.from; l <= to; l++) mask |= 1 << l;
      a.absentMask |= mask;
      if (counted) {
        const fresh = mask & ~a.countedMask;
        if (fresh && r.minutes !== undefined) {
          const share = (r.minutes * popcount(fresh)) / popcount(mask);
          a.countedMinutes += share;
          if (unknown) a.unknownMinutes += share;
        } else if (fresh) {
          const minutes = popcount(fresh) * school.lessonMinutes;
          a.countedMinutes += minutes;
          if (unknown) a.unknownMinutes += minutes;
        }
        a.countedMask |= mask;
        if (unknown) a.countedUnknownMask |= fresh;
      }
    } else {
      // A row with only an end time starts at 00:00 in the model: count from the start of the school day.
      const start = Math.max(clockToMinutes(span.start), dayStart);
      const end = span.end ? clockToMinutes(span.end) : dayStart + school.dayMinutes;
      const minutes = r.minutes ?? Math.max(0, end - start);
      a.timeMinutes += minutes;
      if (counted) {
        a.countedMinutes += minutes;
        if (unknown) a.unknownMinutes += minutes;
      }
    }
  }

  const days = new Map<number, PupilDay>();
  for (const [day, a] of acc) {
    const lessons = lessonsPerWeekday[weekdayOf(day)] ?? 0;
    const allLessons = lessons > 0 && (a.absentMask & fullMask(lessons)) === fullMask(lessons);
    const wholeDay = a.wholeFlags === 1 || allLessons || a.timeMinutes >= school.dayMinutes;
    const wholeDayStatus: Geoorloofd =
      a.statusFlags & STATUS_NEE ? 'nee' : a.statusFlags & STATUS_ONBEKEND ? 'onbekend' : 'ja';
    const dayLessons = lessons > 0 ? lessons : Math.max(1, Math.round(school.dayMinutes / school.lessonMinutes));
    const fullDayHours = unit === 'lesuur' ? dayLessons * Math.max(1, school.lessonMinutes / 60) : school.dayMinutes / 60;
    let countedHours: number;
    let unknownHours: number;
    if (a.countedWhole) {
      countedHours = fullDayHours;
      unknownHours = a.unknownWhole ? fullDayHours : 0;
    } else if (unit === 'lesuur') {
      // A lesuur of at most 60 minutes counts as one hour (DUO); longer lessons count their clock time.
      const perLesson = Math.max(1, school.lessonMinutes / 60);
      const lessonMinutesCounted = popcount(a.countedMask) * school.lessonMinutes;
      const otherMinutes = Math.max(0, a.countedMinutes - lessonMinutesCounted);
      countedHours = Math.min(fullDayHours, popcount(a.countedMask) * perLesson + otherMinutes / 60);
      unknownHours = Math.min(countedHours, popcount(a.countedUnknownMask) * perLesson);
    } else {
      countedHours = Math.min(fullDayHours, a.countedMinutes / 60);
      unknownHours = Math.min(countedHours, a.unknownMinutes / 60);
    }
    days.set(day, { day, wholeDay, wholeDayStatus, ziek: a.ziek, countedHours, unknownHours });
  }
  return { days, skippedNonSchoolDays: skipped };
}

/**
 * Lesuren per weekday, inferred per group from the highest lesuur registered on that weekday
 * (a class's timetable is shared; a single pupil's records only show his own lessons).
 * The school's `lessonsPerDay` setting wins over this.
 */
export function inferLessonsPerWeekday(
  records: readonly AbsenceRecord[],
  groupOf: (pupilId: string) => string,
): Map<string, number[]> {
  const byGroup = new Map<string, number[]>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (r.span.kind !== 'lessons') continue;
    const highest = r.span.to ?? r.span.from;
    const group = groupOf(r.pupilId);
    let row = byGroup.get(group);
    if (!row) {
      row = [0, 0, 0, 0, 0, 0, 0];
      byGroup.set(group, row);
    }
    const wd = weekdayOf(isoToDay(r.date));
    if (highest > row[wd]!) row[wd] = highest;
  }
  return byGroup;
}
