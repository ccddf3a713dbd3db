/**
 * MAZL, zorgwekkend ziekteverzuim (NCJ): a 4th sick report within 12 school weeks, or the 7th
 * consecutive school day sick. Consecutive sick school days are one report (weekends and holidays
 * in between do not split it).
 */
import { dayToIso } from '../calendar/days.ts';
import { SOURCES, type RulesSettings } from '../settings.ts';
import type { PupilDay } from './pupilDays.ts';
import type { MazlSignal } from './signal.ts';
import type { PeriodContext } from './thuiszitter.ts';

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

export function assessMazl(days: Map<number, PupilDay>, rules: RulesSettings, period: PeriodContext): MazlSignal | undefined {
  const { calendar, evalEnd, dataFrom } = period;
  const { reports: maxReports, windowWeeks, consecutiveDays } = rules.mazl;
  const reports = findSickReports(days, period);
  const lastSchoolDay = calendar.previousSchoolDay(evalEnd);
  const recentFrom = calendar.addSchoolWeeks(lastSchoolDay, -rules.lookbackWeeks);

  // Find the most recent firing first; only that one becomes a signal.
  let best: { criterion: MazlSignal['criterion']; firedOn: number; first: number; last: number } | undefined;
  let windowFirst = 0;
  for (let k = 0; k < reports.length; k++) {
    const report = reports[k]!;
    if (report.end < recentFrom) continue;
    if (report.days.length >= consecutiveDays) {
      const firedOn = report.days[consecutiveDays - 1]!;
      if (!best || firedOn > best.firedOn) best = { criterion: 'aaneengesloten', firedOn, first: k, last: k };
    }
    const windowStart = calendar.addSchoolWeeks(report.start, -windowWeeks) + 1;
    while (reports[windowFirst]!.start < windowStart) windowFirst++;
    if (k - windowFirst + 1 >= maxReports && (!best || report.start > best.firedOn)) {
      best = { criterion: 'ziekmeldingen', firedOn: report.start, first: windowFirst, last: k };
    }
  }
  if (!best) return undefined;

  const counted = reports.slice(best.first, best.last + 1);
  const first = counted[0]!;
  const last = counted[counted.length - 1]!;
  return {
    kind: 'mazl',
    criterion: best.criterion,
    since: dayToIso(first.start),
    firedOn: dayToIso(best.firedOn),
    lastDay: dayToIso(last.end),
    ongoing: last.end === lastSchoolDay,
    reports: counted.length,
    consecutiveDays: Math.max(...counted.map((r) => r.days.length)),
    countedDays: counted.flatMap((r) => r.days).map(dayToIso),
    skipped: calendar.closedPeriodsBetween(first.start, last.end),
    unknownDays: 0,
    startsAtDataStart: calendar.nextSchoolDay(dataFrom) === first.start,
    source: SOURCES.mazl,
  };
}
