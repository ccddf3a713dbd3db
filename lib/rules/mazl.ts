/**
 * MAZL, zorgwekkend ziekteverzuim (NCJ): settings with their sourced defaults, the rule and its
 * explanation, in one place. MAZL is a care signal: it applies at every age and no vrijstelling
 * removes it.
 *
 * Decided readings (README, "Besliste lezingen"):
 * - A ziekmelding is a run of consecutive sick school days (weekends and holidays in between do not
 *   split it); a partial sick day is one when the source registers it as sick.
 * - MAZL fires as an event: the 4th ziekmelding within 12 lesweken (`since` = the first day of that
 *   4th report), or the 7th consecutive sick school day (`since` = the first day of that sick period).
 * - It stays visible while that report lasts and for `visibleWeeks` (4) lesweken after its last sick
 *   day; a later report that is again the 4th or more within its own 12 lesweken fires anew, and the
 *   latest event is the one shown.
 */
import { z } from '../zod.ts';
import { dayToIso } from '../calendar/days.ts';
import { formatDate, formatShortDate, type Lang } from '../format.ts';
import type { PupilDay } from './pupilDays.ts';
import type { MazlSignal } from './signal.ts';
import type { PeriodContext } from './thuiszitter.ts';

export const MAZL_SOURCE = 'MAZL (NCJ): vierde ziekmelding in 12 schoolweken of zevende schooldag aaneengesloten ziek.';

export const mazlSettingsSchema = z.object({
  reports: z.number().int().min(1).max(50).default(4),
  windowWeeks: z.number().int().min(1).max(52).default(12),
  consecutiveDays: z.number().int().min(1).max(100).default(7),
  /** How long a MAZL signal stays visible after the last sick day of the report that fired. */
  visibleWeeks: z.number().int().min(0).max(52).default(4),
});
export type MazlSettings = z.infer<typeof mazlSettingsSchema>;

export interface SickReport {
  start: number;
  end: number;
  days: number[];
}

export function findSickReports(days: Map<number, PupilDay>, period: PeriodContext): SickReport[] {
  const { calendar, dataFrom, evalEnd } = period;
  const reports: SickReport[] = [];
  let current: SickReport | null = null;
  for (let d = dataFrom; d <= evalEnd; d++) {
    if (!calendar.isSchoolDay(d)) continue;
    if (days.get(d)?.ziek) {
      if (!current) {
        current = { start: d, end: d, days: [] };
        reports.push(current);
      }
      current.end = d;
      current.days.push(d);
    } else {
      current = null;
    }
  }
  return reports;
}

export function assessMazl(days: Map<number, PupilDay>, settings: MazlSettings, period: PeriodContext): MazlSignal | undefined {
  const { calendar, evalEnd, dataFrom } = period;
  const reports = findSickReports(days, period);
  const lastSchoolDay = calendar.previousSchoolDay(evalEnd);
  const visibleFrom = calendar.addSchoolWeeks(lastSchoolDay, -settings.visibleWeeks);

  // Every report that fires is an event; the latest visible one is shown.
  let best: { criterion: MazlSignal['criterion']; firedOn: number; report: number; count: number } | undefined;
  let windowFirst = 0;
  for (let k = 0; k < reports.length; k++) {
    const report = reports[k]!;
    const windowStart = calendar.addSchoolWeeks(report.start, -settings.windowWeeks) + 1;
    while (reports[windowFirst]!.start < windowStart) windowFirst++;
    const count = k - windowFirst + 1;
    if (report.end < visibleFrom) continue;
    if (count >= settings.reports && (!best || report.start >= best.firedOn)) {
      best = { criterion: 'ziekmeldingen', firedOn: report.start, report: k, count };
    }
    if (report.days.length >= settings.consecutiveDays) {
      const firedOn = report.days[settings.consecutiveDays - 1]!;
      if (!best || firedOn >= best.firedOn) best = { criterion: 'aaneengesloten', firedOn, report: k, count };
    }
  }
  if (!best) return undefined;

  const report = reports[best.report]!;
  const counted = best.criterion === 'ziekmeldingen' ? reports.slice(best.report - best.count + 1, best.report + 1) : [report];
  return {
    kind: 'mazl',
    criterion: best.criterion,
    since: dayToIso(report.start),
    firedOn: dayToIso(best.firedOn),
    lastDay: dayToIso(report.end),
    ongoing: report.end === lastSchoolDay,
    reports: best.count,
    consecutiveDays: report.days.length,
    countedDays: counted.flatMap((r) => r.days).map(dayToIso),
    skipped: calendar.closedPeriodsBetween(counted[0]!.start, report.end),
    unknownDays: 0,
    startsAtDataStart: calendar.nextSchoolDay(dataFrom) === counted[0]!.start,
    thresholdReports: settings.reports,
    windowWeeks: settings.windowWeeks,
    thresholdDays: settings.consecutiveDays,
    source: MAZL_SOURCE,
  };
}

export function explainMazl(signal: MazlSignal, lang: Lang): { short: string; details: string[] } {
  const nl = lang === 'nl';
  const since = formatShortDate(signal.since, lang);
  const first = signal.countedDays[0] ?? signal.since;
  if (signal.criterion === 'aaneengesloten') {
    return {
      short: nl ? `Ziek sinds ${since} — ${signal.consecutiveDays} schooldagen aaneengesloten` : `Sick since ${since} — ${signal.consecutiveDays} consecutive school days`,
      details: [
        nl
          ? `Regel: de ${signal.thresholdDays}e schooldag aaneengesloten ziek. Ziek van ${formatDate(signal.since)} tot en met ${formatDate(signal.lastDay)} (${signal.consecutiveDays} schooldagen); de ${signal.thresholdDays}e dag was ${formatDate(signal.firedOn)}.`
          : `Rule: the ${signal.thresholdDays}th consecutive school day sick. Sick from ${formatDate(signal.since)} to ${formatDate(signal.lastDay)} (${signal.consecutiveDays} school days); day ${signal.thresholdDays} was ${formatDate(signal.firedOn)}.`,
        nl ? 'Vervolg: gesprek met ouders en leerling; overweeg een consult bij de jeugdarts.' : 'Next: talk with parents and pupil; consider a consultation with the school doctor.',
      ],
    };
  }
  return {
    short: nl ? `${signal.reports}e ziekmelding sinds ${since}` : `${signal.reports}th sick report, since ${since}`,
    details: [
      nl
        ? `Regel: de ${signal.thresholdReports}e ziekmelding binnen ${signal.windowWeeks} lesweken (aaneengesloten ziektedagen zijn één melding). ${signal.reports} ziekmeldingen van ${formatDate(first)} tot en met ${formatDate(signal.lastDay)}; de laatste begon op ${formatDate(signal.since)}.`
        : `Rule: the ${signal.thresholdReports}th sick report within ${signal.windowWeeks} school weeks (consecutive sick days are one report). ${signal.reports} reports from ${formatDate(first)} to ${formatDate(signal.lastDay)}; the latest began on ${formatDate(signal.since)}.`,
      nl ? 'Vervolg: gesprek met ouders en leerling; overweeg een consult bij de jeugdarts.' : 'Next: talk with parents and pupil; consider a consultation with the school doctor.',
    ],
  };
}
