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
  let best: MazlSignal | undefined;

  const consider = (signal: MazlSignal) => {
    if (signal.lastDay < dayToIso(recentFrom)) return;
    if (!best || signal.firedOn > best.firedOn) best = signal;
  };

  for (let k = 0; k < reports.length; k++) {
    const report = reports[k]!;
    if (report.days.length >= consecutiveDays) {
      consider({
        kind: 'mazl',
        criterion: 'aaneengesloten',
        since: dayToIso(report.start),
        firedOn: dayToIso(report.days[consecutiveDays - 1]!),
        lastDay: dayToIso(report.end),
        ongoing: report.end === lastSchoolDay,
        reports: 1,
        consecutiveDays: report.days.length,
        countedDays: report.days.map(dayToIso),
        skipped: calendar.closedPeriodsBetween(report.start, report.end),
        unknownDays: 0,
        startsAtDataStart: calendar.nextSchoolDay(dataFrom) === report.start,
        source: SOURCES.mazl,
      });
    }
    const windowStart = calendar.addSchoolWeeks(report.start, -windowWeeks) + 1;
    const inWindow = reports.slice(0, k + 1).filter((r) => r.start >= windowStart);
    if (inWindow.length >= maxReports) {
      const first = inWindow[0]!;
      consider({
        kind: 'mazl',
        criterion: 'ziekmeldingen',
        since: dayToIso(first.start),
        firedOn: dayToIso(report.start),
        lastDay: dayToIso(report.end),
        ongoing: report.end === lastSchoolDay,
        reports: inWindow.length,
        consecutiveDays: Math.max(...inWindow.map((r) => r.days.length)),
        countedDays: inWindow.flatMap((r) => r.days).map(dayToIso),
        skipped: calendar.closedPeriodsBetween(first.start, report.end),
        unknownDays: 0,
        startsAtDataStart: calendar.nextSchoolDay(dataFrom) === first.start,
        source: SOURCES.mazl,
      });
    }
  }
  return best;
}
