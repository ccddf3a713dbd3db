/**
 * The thuiszitter rule (langdurig relatief verzuim) and its early warning, dreigend thuiszitten:
 * settings with their sourced defaults, the rule itself and its explanation, in one place.
 *
 * A streak is a run of consecutive school days on which the pupil was absent the whole school day
 * (timetable.ts) for a reason the definition counts (ongeoorloofd by default; every reason when the
 * region counts "niet naar school"). Weekends, holidays and studiedagen are skipped: they neither
 * count nor break the streak. Any other school day (present, partly present, absent for an uncounted
 * reason) ends it — except days still being registered: the evaluation ends at the last registered
 * day, so "today, nothing registered yet" never ends a streak.
 *
 * Decided readings (README, "Besliste lezingen"):
 * - "langer dan 4 weken" = 4 lesweken: calendar weeks with at least one school day; holiday weeks are
 *   skipped (RULES.md §1.2 — the law's wording, the product's inference). The streak is a thuiszitter
 *   once the pupil is still absent on the first school day on or after start + 4 lesweken.
 * - A mixed day (absent all day, part geoorloofd, part ongeoorloofd) counts as ongeoorloofd.
 * - Inspectie "3 maanden" = calendar months from the start date.
 * - A dreigend signal stays visible `visibleWeeks` lesweken after its last counted day (settings.ts).
 */
import { addMonths } from 'date-fns';
import { z } from '../zod.ts';
import { dateToDay, dayToDate, dayToIso } from '../calendar/days.ts';
import type { SchoolCalendar } from '../calendar/schoolCalendar.ts';
import { formatDate, formatShortDate, type Lang } from '../format.ts';
import type { PupilDay } from './pupilDays.ts';
import type { DreigendSignal, InspectieBucket, ThuiszitterSignal } from './signal.ts';

export const THUISZITTER_SOURCE =
  'Langdurig relatief verzuim: "langer dan 4 weken ongeoorloofd afwezig" (DUO, Soorten verzuim; Kamerbrief 3 feb 2016, kst-26695-108). Weken geteld als lesweken, vakanties overgeslagen.';
export const DREIGEND_SOURCE =
  'Vroegsignalering: de helft van de thuiszitterstermijn (instelling van Thuiszitter-signaal; de protocollen vragen vroeg signaleren, o.a. BePO stap 1 "kind in de knel").';
export const INSPECTIE_SOURCE =
  'Thuiszittersregistratie Inspectie: langdurig relatief verzuim 4 weken tot 3 maanden, langer dan 3 maanden (Inspectie van het Onderwijs; Thuiszitterspact 2016).';

const weeks = z.number().int().min(1).max(52);

export const thuiszitterSettingsSchema = z.object({
  /** Longer than this many lesweken of consecutive whole days absent (LRV: 4). */
  weeks: weeks.default(4),
  /** PPO Rotterdam and Lekstroom count "niet naar school", whatever the reason. */
  countGeoorloofd: z.boolean().default(false),
});
export const dreigendSettingsSchema = z.object({
  /** A streak of this many lesweken; by default half the thuiszitter term (2 of 4). */
  weeks: weeks.optional(),
  /** Or this many whole days absent, not consecutive, within `patternWeeks` lesweken (half of 4 weeks × 5 days). */
  patternDays: z.number().int().min(1).max(260).default(10),
  patternWeeks: weeks.default(4),
});
export const inspectieSettingsSchema = z.object({
  /** The Inspectie's second category starts after this many calendar months. */
  longMonths: z.number().int().min(1).max(24).default(3),
});

export interface ThuiszitterRules {
  thuiszitter: z.infer<typeof thuiszitterSettingsSchema>;
  dreigend: z.infer<typeof dreigendSettingsSchema>;
  inspectie: z.infer<typeof inspectieSettingsSchema>;
  countOnbekendAsOngeoorloofd: boolean;
  visibleWeeks: number;
}

/** Dreigend thuiszitten: the school's own term, or half the thuiszitter term. */
export function dreigendWeeks(rules: Pick<ThuiszitterRules, 'thuiszitter' | 'dreigend'>): number {
  return rules.dreigend.weeks ?? Math.max(1, Math.round(rules.thuiszitter.weeks / 2));
}

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
  /** Last day evaluated: the earlier of the peildatum and the last day with registrations. */
  evalEnd: number;
  /** The peildatum itself, for deadlines and the Inspectie bucket. */
  peildatum: number;
}

export function countsForStreak(d: PupilDay | undefined, rules: Pick<ThuiszitterRules, 'thuiszitter' | 'countOnbekendAsOngeoorloofd'>): boolean {
  if (!d || !d.wholeDay) return false;
  if (d.wholeDayStatus === 'nee') return true;
  if (d.wholeDayStatus === 'onbekend') return rules.countOnbekendAsOngeoorloofd || rules.thuiszitter.countGeoorloofd;
  return rules.thuiszitter.countGeoorloofd;
}

/** All streaks between dataFrom and evalEnd, oldest first. */
export function findStreaks(days: Map<number, PupilDay>, rules: ThuiszitterRules, period: PeriodContext): Streak[] {
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

/** The first school day on which a streak begun on `start` has lasted longer than `weeks` lesweken. */
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

export function assessStreaks(days: Map<number, PupilDay>, rules: ThuiszitterRules, period: PeriodContext): StreakAssessment {
  const { calendar, evalEnd, dataFrom, peildatum } = period;
  const streaks = findStreaks(days, rules, period);
  const lastSchoolDay = calendar.previousSchoolDay(evalEnd);
  const visibleFrom = calendar.addSchoolWeeks(lastSchoolDay, -rules.visibleWeeks);
  const thresholdWeeks = rules.thuiszitter.weeks;
  const dreigendTerm = dreigendWeeks(rules);
  const result: StreakAssessment = { history: [] };

  for (const s of streaks) {
    const ongoing = s.end === lastSchoolDay;
    const thuiszitterFrom = thresholdDay(calendar, s.start, thresholdWeeks);
    if (s.end >= thuiszitterFrom && !ongoing) {
      result.history.push({ since: dayToIso(s.start), lastDay: dayToIso(s.end), schoolDays: s.days.length });
      continue;
    }
    const dreigendFrom = thresholdDay(calendar, s.start, dreigendTerm);
    if (s.end < dreigendFrom) continue;
    // An ended dreigend streak stays visible for a while: the IB-er still has to follow it up.
    if (!ongoing && s.end < visibleFrom) continue;
    const base = {
      since: dayToIso(s.start),
      lastDay: dayToIso(s.end),
      ongoing,
      countedDays: s.days.map(dayToIso),
      skipped: calendar.closedPeriodsBetween(s.start, s.end),
      unknownDays: s.unknownDays,
      startsAtDataStart: calendar.nextSchoolDay(dataFrom) === s.start,
      schoolDays: s.days.length,
      countsGeoorloofd: rules.thuiszitter.countGeoorloofd,
    };
    if (s.end >= thuiszitterFrom) {
      result.thuiszitter = {
        ...base,
        kind: 'thuiszitter',
        firedOn: dayToIso(thuiszitterFrom),
        bucket: inspectieBucket(s.start, peildatum, rules.inspectie.longMonths),
        thresholdWeeks,
        inspectieMonths: rules.inspectie.longMonths,
        source: THUISZITTER_SOURCE,
      };
      result.dreigend = undefined;
    } else {
      result.dreigend = { ...base, kind: 'dreigend-thuiszitter', firedOn: dayToIso(dreigendFrom), pattern: 'reeks', thresholdWeeks: dreigendTerm, source: DREIGEND_SOURCE };
    }
  }

  if (!result.thuiszitter && !result.dreigend) {
    result.dreigend = absencePattern(days, rules, period);
  }
  return result;
}

/** Many whole days absent within a few lesweken, not in one streak. */
function absencePattern(days: Map<number, PupilDay>, rules: ThuiszitterRules, period: PeriodContext): DreigendSignal | undefined {
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
    patternDays,
    thresholdWeeks: dreigendWeeks(rules),
    countsGeoorloofd: rules.thuiszitter.countGeoorloofd,
    since: dayToIso(first),
    firedOn: dayToIso(counted[patternDays - 1]!),
    lastDay: dayToIso(last),
    ongoing: last === calendar.previousSchoolDay(evalEnd),
    countedDays: counted.map(dayToIso),
    skipped: calendar.closedPeriodsBetween(first, last),
    unknownDays: unknown,
    startsAtDataStart: false,
    schoolDays: counted.length,
    source: DREIGEND_SOURCE,
  };
}

/** The rule and the count, in words built from the numbers the signal used. */
export function explainThuiszitter(signal: ThuiszitterSignal, lang: Lang): { short: string; details: string[] } {
  const nl = lang === 'nl';
  const since = formatShortDate(signal.since, lang);
  const what = signal.countsGeoorloofd
    ? nl ? 'niet op school (ongeacht de reden, regiodefinitie)' : 'not at school, for any reason (regional definition)'
    : nl ? 'ongeoorloofd afwezig' : 'absent without a valid reason';
  const bucket = signal.bucket === 'langer-dan-3-maanden'
    ? nl ? `langer dan ${signal.inspectieMonths} maanden` : `more than ${signal.inspectieMonths} months`
    : nl ? `${signal.thresholdWeeks} weken tot ${signal.inspectieMonths} maanden` : `${signal.thresholdWeeks} weeks to ${signal.inspectieMonths} months`;
  return {
    short: nl ? `Thuiszitter sinds ${since} — ${signal.schoolDays} schooldagen` : `Thuiszitter since ${since} — ${signal.schoolDays} school days`,
    details: [
      nl
        ? `Regel: langer dan ${signal.thresholdWeeks} lesweken aaneengesloten hele dagen ${what}.`
        : `Rule: whole days ${what} for more than ${signal.thresholdWeeks} consecutive school weeks.`,
      nl
        ? `Geteld: ${signal.schoolDays} schooldagen van ${formatDate(signal.since)} tot en met ${formatDate(signal.lastDay)}; de termijn was verstreken op ${formatDate(signal.firedOn)}.`
        : `Counted: ${signal.schoolDays} school days from ${formatDate(signal.since)} to ${formatDate(signal.lastDay)}; the term passed on ${formatDate(signal.firedOn)}.`,
      nl
        ? `Startdatum thuiszitten (eerste dag niet op school): ${formatDate(signal.since)}. Inspectie-categorie: ${bucket}.`
        : `Start date (first day not at school): ${formatDate(signal.since)}. Inspectie category: ${bucket}.`,
    ],
  };
}

export function explainDreigend(signal: DreigendSignal, lang: Lang): { short: string; details: string[] } {
  const nl = lang === 'nl';
  if (signal.pattern === 'patroon') {
    return {
      short: nl ? `Dreigend: ${signal.schoolDays} hele dagen afwezig in ${signal.windowWeeks} lesweken` : `At risk: ${signal.schoolDays} whole days absent in ${signal.windowWeeks} school weeks`,
      details: [
        nl
          ? `Regel: ${signal.patternDays} of meer hele dagen afwezig binnen ${signal.windowWeeks} lesweken, niet aaneengesloten. Geteld: ${signal.schoolDays} dagen tussen ${formatDate(signal.since)} en ${formatDate(signal.lastDay)}.`
          : `Rule: ${signal.patternDays} or more whole days absent within ${signal.windowWeeks} school weeks, not consecutive. Counted: ${signal.schoolDays} days between ${formatDate(signal.since)} and ${formatDate(signal.lastDay)}.`,
      ],
    };
  }
  return {
    short: nl ? `Dreigend thuiszitter sinds ${formatShortDate(signal.since, lang)} — ${signal.schoolDays} schooldagen` : `At risk since ${formatShortDate(signal.since, lang)} — ${signal.schoolDays} school days`,
    details: [
      nl
        ? `Regel: ${signal.thresholdWeeks} ${signal.thresholdWeeks === 1 ? 'lesweek' : 'lesweken'} aaneengesloten hele dagen afwezig (de helft van de thuiszitterstermijn, tenzij anders ingesteld). Geteld: ${signal.schoolDays} schooldagen van ${formatDate(signal.since)} tot en met ${formatDate(signal.lastDay)}.`
        : `Rule: whole days absent for ${signal.thresholdWeeks} consecutive school week(s) (half the thuiszitter term unless set otherwise). Counted: ${signal.schoolDays} school days from ${formatDate(signal.since)} to ${formatDate(signal.lastDay)}.`,
    ],
  };
}
