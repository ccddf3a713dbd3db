/**
 * Meldplicht relatief verzuim (Leerplichtwet art. 21/21a, DUO's counting, RULES.md §2.4):
 * 16 hours of ongeoorloofd absence within 4 consecutive lesweken (holidays do not count).
 * begindatum = the first day of absence in the window, einddatum = the day the hours are reached,
 * report within 5 werkdagen; after a melding the count restarts the next day, and a pupil who stays
 * away gets at most one melding per 7 calendar days.
 */
import { dayToIso } from '../calendar/days.ts';
import { hourUnitOf, SOURCES, type RulesSettings, type SchoolSettings } from '../settings.ts';
import type { PupilDay } from './pupilDays.ts';
import type { MeldplichtSignal } from './signal.ts';
import type { PeriodContext } from './thuiszitter.ts';

export interface Melding {
  begin: number;
  end: number;
  hours: number;
  days: number[];
  unknownHours: number;
  allWhole: boolean;
}

/** Hours are compared with a small tolerance: 16 lessons of 45 minutes summed as floats stay 16. */
const EPSILON = 1e-9;

export function findMeldingen(days: Map<number, PupilDay>, rules: RulesSettings, period: PeriodContext): Melding[] {
  const { calendar, dataFrom, evalEnd } = period;
  const { hours: threshold, weeks, minCalendarDaysBetween } = rules.meldplicht;
  const absent: PupilDay[] = [];
  for (const d of [...days.values()].sort((a, b) => a.day - b.day)) {
    if (d.day >= dataFrom && d.day <= evalEnd && d.countedHours > 0) absent.push(d);
  }
  const meldingen: Melding[] = [];
  let lastEnd = -Infinity;
  let i = 0;
  while (i < absent.length) {
    const begin = absent[i]!.day;
    const windowEnd = calendar.addSchoolWeeks(begin, weeks); // exclusive
    let sum = 0;
    let unknown = 0;
    let found = -1;
    for (let j = i; j < absent.length && absent[j]!.day < windowEnd; j++) {
      sum += absent[j]!.countedHours;
      unknown += absent[j]!.unknownHours;
      if (sum + EPSILON >= threshold && absent[j]!.day >= lastEnd + minCalendarDaysBetween) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      i++;
      continue;
    }
    const counted = absent.slice(i, found + 1);
    meldingen.push({
      begin,
      end: absent[found]!.day,
      hours: Math.round(sum * 100) / 100,
      days: counted.map((d) => d.day),
      unknownHours: unknown,
      allWhole: counted.every((d) => d.wholeDay),
    });
    lastEnd = absent[found]!.day;
    i = found + 1;
  }
  return meldingen;
}

export function assessMeldplicht(
  days: Map<number, PupilDay>,
  rules: RulesSettings,
  school: SchoolSettings,
  period: PeriodContext,
): MeldplichtSignal | undefined {
  const meldingen = findMeldingen(days, rules, period);
  const latest = meldingen[meldingen.length - 1];
  if (!latest) return undefined;
  const { calendar, evalEnd, peildatum, dataFrom } = period;
  const recentFrom = calendar.addSchoolWeeks(calendar.previousSchoolDay(evalEnd), -rules.lookbackWeeks);
  if (latest.end < recentFrom) return undefined;
  const deadline = calendar.addWerkdagen(latest.end, rules.meldplicht.deadlineWerkdagen);
  const lastCounted = [...days.values()].filter((d) => d.countedHours > 0 && d.day <= evalEnd).reduce((m, d) => Math.max(m, d.day), latest.end);
  return {
    kind: 'meldplicht-16-uur',
    since: dayToIso(latest.begin),
    firedOn: dayToIso(latest.end),
    until: dayToIso(latest.end),
    lastDay: dayToIso(lastCounted),
    ongoing: lastCounted === calendar.previousSchoolDay(evalEnd),
    hours: latest.hours,
    unit: hourUnitOf(school),
    deadline: dayToIso(deadline),
    overdue: peildatum > deadline,
    meldingen: meldingen.map((m) => ({ begin: dayToIso(m.begin), end: dayToIso(m.end), hours: m.hours })),
    alleLessenGemist: latest.allWhole,
    specificatie: latest.days.map((d) => {
      const day = days.get(d)!;
      return { date: dayToIso(d), hours: Math.round(day.countedHours * 100) / 100, wholeDay: day.wholeDay };
    }),
    countedDays: latest.days.map(dayToIso),
    skipped: calendar.closedPeriodsBetween(latest.begin, latest.end),
    unknownDays: latest.days.filter((d) => (days.get(d)?.unknownHours ?? 0) > 0).length,
    startsAtDataStart: calendar.nextSchoolDay(dataFrom) === latest.begin,
    source: SOURCES.meldplicht,
  };
}
