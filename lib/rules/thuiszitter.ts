/**
 * The thuiszitter rule (langdurig relatief verzuim) and its early warning, dreigend thuiszitten.
 *
 * A streak is a run of consecutive school days on which the pupil was absent the whole day for a
 * reason the definition counts (ongeoorloofd by default; every reason when the region counts
 * "niet naar school"). Weekends, holidays and studiedagen are skipped: they neither count nor break
 * the streak. Any other school day (present, partly present, absent for an uncounted reason) ends it.
 * The streak is a thuiszitter once it lasts longer than `weeks` school weeks: the pupil is still absent
 * on the first school day on or after (start + weeks lesweken).
 */
import { addMonths } from 'date-fns';
import { dateToDay, dayToDate, dayToIso } from '../calendar/days.ts';
import type { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import { dreigendWeeks, SOURCES, type RulesSettings } from '../settings.ts';
import type { PupilDay } from './pupilDays.ts';
import type { DreigendSignal, InspectieBucket, ThuiszitterSignal } from './signal.ts';

export interface Streak {
  start: number;
  end: number;
  days: number[];
  unknownDays: number;
}

export interface PeriodContext {
  calendar: SchoolCalendar;
  /** First day with data for this school (or page). */
  dataFrom: number;
  /** Last day evaluated: the earlier of the peildatum and the last day with data. */
  evalEnd: number;
  /** The peildatum itself, for deadlines and the Inspectie bucket. */
  peildatum: number;
}

export function countsForStreak(d: PupilDay | undefined, rules: RulesSettings): boolean {
  if (!d || !d.wholeDay) return false;
  if (d.wholeDayStatus === 'nee') return true;
  if (d.wholeDayStatus === 'onbekend') return rules.countOnbekendAsOngeoorloofd || rules.thuiszitter.countGeoorloofd;
  return rules.thuiszitter.countGeoorloofd;
}

/** All streaks between dataFrom and evalEnd, oldest first. */
export function findStreaks(days: Map<number, PupilDay>, rules: RulesSettings, period: PeriodContext): Streak[] {
  const { calendar, dataFrom, evalEnd } = period;
  const streaks: Streak[] = [];
  let current: Streak | null = null;
  for (let d = dataFrom; d <= evalEnd; d++) {
    if (!calendar.isSchoolDay(d)) continue;
    const pd = days.get(d);
    if (countsForStreak(pd, rules)) {
      if (!current) {
        current = { start: d, end: d, days: [], unknownDays: 0 };
        streaks.push(current);
      }
      current.end = d;
      current.days.push(d);
      if (pd!.wholeDayStatus === 'onbekend') current.unknownDays++;
    } else {
      current = null;
    }
  }
  return streaks;
}

/** The first school day on which a streak begun on `start` has lasted longer than `weeks` school weeks. */
export function thresholdDay(calendar: SchoolCalendar, start: number, weeks: number): number {
  return calendar.nextSchoolDay(calendar.addSchoolWeeks(start, weeks));
}

export function inspectieBucket(since: number, peildatum: number, longMonths: number): InspectieBucket {
  const longFrom = dateToDay(addMonths(dayToDate(since), longMonths));
  return peildatum >= longFrom ? 'langer-dan-3-maanden' : '4-weken-3-maanden';
}

export interface StreakAssessment {
  thuiszitter?: ThuiszitterSignal;
  dreigend?: DreigendSignal;
  /** Earlier streaks in the data that passed the thuiszitter threshold and have ended (for the Inspectie rows). */
  history: { since: string; lastDay: string; schoolDays: number }[];
}

export function assessStreaks(days: Map<number, PupilDay>, rules: RulesSettings, period: PeriodContext): StreakAssessment {
  const { calendar, evalEnd, dataFrom, peildatum } = period;
  const streaks = findStreaks(days, rules, period);
  const lastSchoolDay = calendar.previousSchoolDay(evalEnd);
  const result: StreakAssessment = { history: [] };

  for (const s of streaks) {
    const ongoing = s.end === lastSchoolDay;
    const thuiszitterFrom = thresholdDay(calendar, s.start, rules.thuiszitter.weeks);
    if (s.end >= thuiszitterFrom && !ongoing) {
      result.history.push({ since: dayToIso(s.start), lastDay: dayToIso(s.end), schoolDays: s.days.length });
      continue;
    }
    if (!ongoing) continue;
    const dreigendFrom = thresholdDay(calendar, s.start, dreigendWeeks(rules));
    if (s.end < dreigendFrom) continue;
    const base = {
      since: dayToIso(s.start),
      lastDay: dayToIso(s.end),
      ongoing,
      countedDays: s.days.map(dayToIso),
      skipped: calendar.closedPeriodsBetween(s.start, s.end),
      unknownDays: s.unknownDays,
      startsAtDataStart: calendar.nextSchoolDay(dataFrom) === s.start,
      schoolDays: s.days.length,
    };
    if (s.end >= thuiszitterFrom) {
      result.thuiszitter = {
        ...base,
        kind: 'thuiszitter',
        firedOn: dayToIso(thuiszitterFrom),
        bucket: inspectieBucket(s.start, peildatum, rules.inspectie.longMonths),
        countsGeoorloofd: rules.thuiszitter.countGeoorloofd,
        source: SOURCES.thuiszitter,
      };
    } else {
      result.dreigend = { ...base, kind: 'dreigend-thuiszitter', firedOn: dayToIso(dreigendFrom), pattern: 'reeks', source: SOURCES.dreigend };
    }
  }

  if (!result.thuiszitter && !result.dreigend) {
    result.dreigend = absencePattern(days, rules, period);
  }
  return result;
}

/** Many whole days absent within a few school weeks, not in one streak. */
function absencePattern(days: Map<number, PupilDay>, rules: RulesSettings, period: PeriodContext): DreigendSignal | undefined {
  const { calendar, evalEnd, dataFrom } = period;
  const { patternDays, patternWeeks } = rules.dreigend;
  // Count back from the last school day: a peildatum in a holiday must not eat one of the weeks.
  const windowStart = Math.max(dataFrom, calendar.addSchoolWeeks(calendar.previousSchoolDay(evalEnd), -patternWeeks) + 1);
  const counted: number[] = [];
  let unknown = 0;
  for (let d = windowStart; d <= evalEnd; d++) {
    if (!calendar.isSchoolDay(d)) continue;
    const pd = days.get(d);
    if (countsForStreak(pd, rules)) {
      counted.push(d);
      if (pd!.wholeDayStatus === 'onbekend') unknown++;
    }
  }
  if (counted.length < patternDays) return undefined;
  const first = counted[0]!;
  const last = counted[counted.length - 1]!;
  return {
    kind: 'dreigend-thuiszitter',
    pattern: 'patroon',
    windowWeeks: patternWeeks,
    since: dayToIso(first),
    firedOn: dayToIso(counted[patternDays - 1]!),
    lastDay: dayToIso(last),
    ongoing: last === calendar.previousSchoolDay(evalEnd),
    countedDays: counted.map(dayToIso),
    skipped: calendar.closedPeriodsBetween(first, last),
    unknownDays: unknown,
    startsAtDataStart: false,
    schoolDays: counted.length,
    source: SOURCES.dreigend,
  };
}
