/**
 * Meldplicht relatief verzuim (Leerplichtwet art. 21/21a, DUO's counting, RULES.md §2.4): settings
 * with their sourced defaults, the count and its explanation, in one place. For pupils of 18 to 22
 * without a startkwalificatie the same count is RMC-verzuim (DUO verzuimsoort RMC).
 *
 * Decided readings (README, "Besliste lezingen"):
 * - 16 uur = a rolling window of 4 lesweken from the first absence day (holiday weeks skipped); PO
 *   counts klokuren (real minutes of school time), VO lesuren (a lesuur of at most 60 minutes is one).
 * - begindatum = the first absence day of the count, einddatum = the day the hours are reached; the
 *   first melding is due that day and must be made within 5 werkdagen (calendar.ts: Algemene
 *   termijnenwet; Goede Vrijdag and school holidays are werkdagen).
 * - Follow-ups: after a melding the count restarts the day after its einddatum, and hours always
 *   count. DUO allows at most one melding per 7 calendar days, so the next melding's einddatum is the
 *   later of (1) the day the restarted count reaches 16 hours (within 4 lesweken of its first absence
 *   day) and (2) the last absence day of that count on or before the previous einddatum + 7 days. It is
 *   due on the later of the 16-hour day and the previous einddatum + 7, with its deadline 5 werkdagen
 *   after that. While 16 hours are reached but those 7 days have not yet passed (up to the last
 *   evaluated day) the signal shows the coming melding ("te melden vanaf …").
 * - The signal stays visible `visibleWeeks` lesweken after its last einddatum (settings.ts).
 */
import { z } from '../zod.ts';
import { dayToIso, isoToDay } from '../calendar/days.ts';
import { formatDate, formatHours, formatShortDate, type Lang } from '../format.ts';
import type { PupilDay } from './pupilDays.ts';
import type { MeldplichtSignal, Meldmoment } from './signal.ts';
import { coverMoments, type MadeMelding } from '../meldingen/made.ts';
import type { PeriodContext } from './thuiszitter.ts';

export const MELDPLICHT_SOURCE =
  'Leerplichtwet art. 21/21a: 16 uur ongeoorloofd verzuim binnen 4 opeenvolgende lesweken; melden binnen 5 werkdagen; begindatum = eerste verzuimdag, einddatum = dag waarop 16 uur is bereikt; ten hoogste 1 melding per 7 kalenderdagen (DUO; PO-Raad FAQ).';
export const RMC_SOURCE =
  'DUO verzuimsoort RMC: 16 uur ongeoorloofd verzuim in 4 weken van een leerling van 18 tot 23 jaar zonder startkwalificatie; melden mag, veel gemeenten spreken het af (DUO, Soorten verzuim).';
export const HOURS_SOURCE =
  'PO telt klokuren, VO telt lesuren van ten hoogste 60 minuten (DUO: "hangt af van uw schoolsoort"); mbo telt klokuren (EduArte verzuimrapportage).';

export const meldplichtSettingsSchema = z.object({
  hours: z.number().positive().max(200).default(16),
  weeks: z.number().int().min(1).max(52).default(4),
  deadlineWerkdagen: z.number().int().min(0).max(60).default(5),
  minCalendarDaysBetween: z.number().int().min(0).max(60).default(7),
});
export type MeldplichtSettings = z.infer<typeof meldplichtSettingsSchema>;

export interface Melding {
  begin: number;
  end: number;
  due: number;
  deadline: number;
  hours: number;
  days: number[];
  unknownHours: number;
  allWhole: boolean;
}

export interface MeldingenResult {
  meldingen: Melding[];
  /** 16 hours reached again within 7 days of the previous einddatum: not yet to be reported. */
  pending?: { begin: number; hours: number; dueFrom: number; deadline: number };
}

/** Hours are compared with a small tolerance: 16 lessons of 45 minutes summed as floats stay 16. */
const EPSILON = 1e-9;

export function findMeldingen(days: Map<number, PupilDay>, settings: MeldplichtSettings, period: PeriodContext): MeldingenResult {
  const { calendar, dataFrom, evalEnd } = period;
  const { hours: threshold, weeks, minCalendarDaysBetween, deadlineWerkdagen } = settings;
  const absent: PupilDay[] = [];
  for (const d of [...days.values()].sort((a, b) => a.day - b.day)) {
    if (d.day >= dataFrom && d.day <= evalEnd && d.countedHours > 0) absent.push(d);
  }
  const meldingen: Melding[] = [];
  let previousEnd: number | undefined;
  let i = 0;
  while (i < absent.length) {
    // The count runs from its first absence day for `weeks` lesweken; without 16 hours it starts at the next absence day.
    let begin = i;
    let reached = -1;
    for (; begin < absent.length && reached < 0; begin++) {
      const windowEnd = calendar.addSchoolWeeks(absent[begin]!.day, weeks); // exclusive
      let sum = 0;
      for (let j = begin; j < absent.length && absent[j]!.day < windowEnd; j++) {
        sum += absent[j]!.countedHours;
        if (sum + EPSILON >= threshold) {
          reached = j;
          break;
        }
      }
      if (reached >= 0) break;
    }
    if (reached < 0) break;
    const reachedDay = absent[reached]!.day;
    let endIndex = reached;
    let due = reachedDay;
    if (previousEnd !== undefined) {
      const earliest = previousEnd + minCalendarDaysBetween;
      if (reachedDay < earliest) {
        if (evalEnd < earliest) {
          const hours = absent.slice(begin, reached + 1).reduce((s, d) => s + d.countedHours, 0);
          return { meldingen, pending: { begin: absent[begin]!.day, hours: round(hours), dueFrom: earliest, deadline: calendar.addWerkdagen(earliest, deadlineWerkdagen) } };
        }
        while (endIndex + 1 < absent.length && absent[endIndex + 1]!.day <= earliest) endIndex++;
        due = earliest;
      }
    }
    const counted = absent.slice(begin, endIndex + 1);
    meldingen.push({
      begin: absent[begin]!.day,
      end: absent[endIndex]!.day,
      due,
      deadline: calendar.addWerkdagen(due, deadlineWerkdagen),
      hours: round(counted.reduce((s, d) => s + d.countedHours, 0)),
      days: counted.map((d) => d.day),
      unknownHours: counted.reduce((s, d) => s + d.unknownHours, 0),
      allWhole: counted.every((d) => d.wholeDay),
    });
    previousEnd = absent[endIndex]!.day;
    i = endIndex + 1;
  }
  return { meldingen };
}

/** 1 August of the school year the day falls in (a school year runs from 1 August to 31 July). */
function schoolYearStart(day: number): number {
  const [y, m] = dayToIso(day).split('-').map(Number) as [number, number];
  return isoToDay(`${m >= 8 ? y : y - 1}-08-01`);
}

function round(hours: number): number {
  return Math.round(hours * 100) / 100;
}

export function assessMeldplicht(
  days: Map<number, PupilDay>,
  settings: MeldplichtSettings,
  options: { unit: 'klokuur' | 'lesuur'; visibleWeeks: number; kind: MeldplichtSignal['kind']; made?: readonly MadeMelding[] },
  period: PeriodContext,
): MeldplichtSignal | undefined {
  const { meldingen: all, pending } = findMeldingen(days, settings, period);
  const { calendar, evalEnd, peildatum, dataFrom } = period;
  // The meldmomenten of the school year of the last school day assessed (from 1 August): an earlier year's are history.
  const yearStart = schoolYearStart(calendar.previousSchoolDay(evalEnd));
  const meldingen = all.filter((m) => m.end >= yearStart);
  const latest = meldingen[meldingen.length - 1];
  if (!latest) return undefined;
  const covering = coverMoments(meldingen.map((m) => ({ begin: dayToIso(m.begin), end: dayToIso(m.end) })), options.made ?? []);
  const moments = meldingen.map((m, i): { melding: Melding } & Pick<Meldmoment, 'status' | 'gemeldOp' | 'reden'> => {
    const made = covering[i];
    if (made?.afgezien) return { melding: m, status: 'afgezien', gemeldOp: made.gemeldOp, reden: made.afgezien.reden };
    if (made) return { melding: m, status: 'gemeld', gemeldOp: made.gemeldOp };
    return { melding: m, status: peildatum > m.deadline ? 'verlopen' : 'open' };
  });
  // An unreported moment stays until it is reported; a reported one shows only while recent.
  const decided = (m: { status: Meldmoment['status'] }) => m.status === 'gemeld' || m.status === 'afgezien';
  const primary = moments.find((m) => !decided(m)) ?? moments[moments.length - 1]!;
  const recentFrom = calendar.addSchoolWeeks(calendar.previousSchoolDay(evalEnd), -options.visibleWeeks);
  if (decided(primary) && latest.end < recentFrom && !pending) return undefined;
  const shown = primary.melding;
  const lastCounted = [...days.values()].filter((d) => d.countedHours > 0 && d.day <= evalEnd).reduce((m, d) => Math.max(m, d.day), latest.end);
  const toMoment = (m: (typeof moments)[number]): Meldmoment => ({
    begin: dayToIso(m.melding.begin), end: dayToIso(m.melding.end), hours: m.melding.hours, due: dayToIso(m.melding.due), deadline: dayToIso(m.melding.deadline),
    status: m.status, ...(m.gemeldOp ? { gemeldOp: m.gemeldOp } : {}), ...(m.reden ? { reden: m.reden } : {}),
  });
  const holiday = calendar.holidayOn(shown.deadline);
  return {
    kind: options.kind,
    since: dayToIso(shown.begin),
    firedOn: dayToIso(shown.end),
    until: dayToIso(shown.end),
    due: dayToIso(shown.due),
    lastDay: dayToIso(lastCounted),
    ongoing: lastCounted === calendar.previousSchoolDay(evalEnd),
    hours: shown.hours,
    unit: options.unit,
    deadline: dayToIso(shown.deadline),
    overdue: primary.status === 'verlopen',
    ...(primary.gemeldOp ? { gemeldOp: primary.gemeldOp } : {}),
    ...(holiday ? { deadlineInHoliday: holiday } : {}),
    meldingen: moments.map(toMoment),
    ...(pending
      ? { pending: { begin: dayToIso(pending.begin), hours: pending.hours, dueFrom: dayToIso(pending.dueFrom), deadline: dayToIso(pending.deadline) } }
      : {}),
    alleLessenGemist: shown.allWhole,
    specificatie: shown.days.map((d) => {
      const day = days.get(d)!;
      return { date: dayToIso(d), hours: round(day.countedHours), wholeDay: day.wholeDay };
    }),
    countedDays: shown.days.map(dayToIso),
    skipped: calendar.closedPeriodsBetween(shown.begin, shown.end),
    unknownDays: shown.days.filter((d) => (days.get(d)?.unknownHours ?? 0) > 0).length,
    startsAtDataStart: calendar.nextSchoolDay(dataFrom) === shown.begin,
    thresholdHours: settings.hours,
    windowWeeks: settings.weeks,
    deadlineWerkdagen: settings.deadlineWerkdagen,
    minDaysBetween: settings.minCalendarDaysBetween,
    source: options.kind === 'rmc-verzuim' ? RMC_SOURCE : MELDPLICHT_SOURCE,
  };
}

/** Days in the evaluated period whose counted absence has no known length: the count cannot be complete. */
export function daysWithUnknownHours(days: Map<number, PupilDay>, period: PeriodContext): number {
  let n = 0;
  for (const d of days.values()) if (d.hoursUnknown && d.day >= period.dataFrom && d.day <= period.evalEnd) n++;
  return n;
}

export function meldplichtTitle(signal: Pick<MeldplichtSignal, 'kind' | 'thresholdHours' | 'windowWeeks'>, lang: Lang): string {
  const nl = lang === 'nl';
  const hours = String(signal.thresholdHours).replace('.', nl ? ',' : '.');
  if (signal.kind === 'rmc-verzuim') {
    return nl ? `RMC-verzuim: ${hours} uur in ${signal.windowWeeks} lesweken (18+)` : `RMC absence: ${hours} hours in ${signal.windowWeeks} school weeks (18+)`;
  }
  return nl ? `Meldplicht: ${hours} uur in ${signal.windowWeeks} lesweken` : `Must report: ${hours} hours in ${signal.windowWeeks} school weeks`;
}

/** "gemeld op 12-10-2026", "open, uiterlijk 13-11-2026", "verlopen (uiterlijk 13-11-2026)". */
export function momentStatusText(m: Meldmoment, lang: Lang): string {
  const nl = lang === 'nl';
  if (m.status === 'gemeld') return nl ? `gemeld op ${formatDate(m.gemeldOp!)}` : `reported on ${formatDate(m.gemeldOp!)}`;
  if (m.status === 'afgezien') return nl ? `niet gemeld, besloten op ${formatDate(m.gemeldOp!)}: ${m.reden ?? ''}` : `not reported, decided on ${formatDate(m.gemeldOp!)}: ${m.reden ?? ''}`;
  if (m.status === 'verlopen') return nl ? `niet gemeld, termijn verlopen (uiterlijk ${formatDate(m.deadline)})` : `not reported, term passed (by ${formatDate(m.deadline)})`;
  return nl ? `open, melden uiterlijk ${formatDate(m.deadline)}` : `open, report by ${formatDate(m.deadline)}`;
}

export function explainMeldplicht(signal: MeldplichtSignal, lang: Lang): { short: string; details: string[] } {
  const nl = lang === 'nl';
  const hours = String(signal.thresholdHours).replace('.', nl ? ',' : '.');
  const reached = formatShortDate(signal.until, lang);
  const deadline = formatShortDate(signal.deadline, lang);
  const short = signal.gemeldOp && !signal.overdue && signal.meldingen.every((m) => m.status === 'gemeld')
    ? nl ? `${hours} uur bereikt op ${reached} — gemeld op ${formatShortDate(signal.gemeldOp, lang)}` : `${hours} hours reached on ${reached} — reported on ${formatShortDate(signal.gemeldOp, lang)}`
    : signal.overdue
    ? nl ? `${hours} uur bereikt op ${reached} — meldtermijn verlopen (${deadline})` : `${hours} hours reached on ${reached} — reporting term passed (${deadline})`
    : nl ? `${hours} uur bereikt op ${reached} — melden uiterlijk ${deadline}` : `${hours} hours reached on ${reached} — report by ${deadline}`;
  const rmc = signal.kind === 'rmc-verzuim';
  const details = [
    rmc
      ? nl
        ? `Regel: ${hours} uur ongeoorloofd verzuim binnen ${signal.windowWeeks} opeenvolgende lesweken bij een leerling van 18 tot 23 jaar zonder startkwalificatie: melden als RMC-verzuim mag (vaak afgesproken met de gemeente), binnen ${signal.deadlineWerkdagen} werkdagen.`
        : `Rule: ${hours} hours of unauthorised absence within ${signal.windowWeeks} consecutive school weeks, pupil aged 18 to 22 without a basic qualification: may be reported as RMC absence (often agreed with the municipality), within ${signal.deadlineWerkdagen} working days.`
      : nl
        ? `Regel: ${hours} uur ongeoorloofd verzuim binnen ${signal.windowWeeks} opeenvolgende lesweken; melden bij leerplicht (DUO) binnen ${signal.deadlineWerkdagen} werkdagen.`
        : `Rule: ${hours} hours of unauthorised absence within ${signal.windowWeeks} consecutive school weeks; report to leerplicht (DUO) within ${signal.deadlineWerkdagen} working days.`,
    nl
      ? `Begindatum ${formatDate(signal.since)}, einddatum ${formatDate(signal.until)}: ${formatHours(signal.hours, signal.unit, lang)} op ${signal.countedDays.length} schooldagen${signal.alleLessenGemist ? ', alle lessen gemist' : ''}. Uiterste melddatum: ${formatDate(signal.deadline)}.`
      : `Begin ${formatDate(signal.since)}, end ${formatDate(signal.until)}: ${formatHours(signal.hours, signal.unit, lang)} on ${signal.countedDays.length} school days${signal.alleLessenGemist ? ', all lessons missed' : ''}. Report by ${formatDate(signal.deadline)}.`,
  ];
  if (signal.due !== signal.until) {
    details.push(
      nl
        ? `Vervolgmelding: DUO neemt ten hoogste 1 melding per ${signal.minDaysBetween} kalenderdagen aan, dus te melden vanaf ${formatDate(signal.due)}.`
        : `Follow-up melding: DUO accepts at most one melding per ${signal.minDaysBetween} calendar days, so it is due from ${formatDate(signal.due)}.`,
    );
  }
  if (signal.deadlineInHoliday) {
    details.push(
      nl
        ? `Let op: de uiterste melddatum valt in de ${signal.deadlineInHoliday}; werkdagen tellen door in schoolvakanties (Algemene termijnenwet).`
        : `Note: the deadline falls in the ${signal.deadlineInHoliday}; working days run on through school holidays (Algemene termijnenwet).`,
    );
  }
  if (signal.meldingen.length > 1 || signal.meldingen.some((m) => m.status === 'gemeld')) {
    const list = signal.meldingen.map((m) => `${formatDate(m.begin)} – ${formatDate(m.end)}: ${momentStatusText(m, lang)}`);
    details.push(
      nl
        ? `Meldmomenten dit schooljaar (na elke melding begint de telling opnieuw): ${list.join('; ')}.`
        : `Reporting moments this school year (counting restarts after each): ${list.join('; ')}.`,
    );
  }
  if (signal.pending) {
    details.push(
      nl
        ? `Opnieuw ${formatHours(signal.pending.hours, signal.unit, lang)} sinds ${formatDate(signal.pending.begin)}: te melden vanaf ${formatDate(signal.pending.dueFrom)} (uiterlijk ${formatDate(signal.pending.deadline)}).`
        : `Again ${formatHours(signal.pending.hours, signal.unit, lang)} since ${formatDate(signal.pending.begin)}: to report from ${formatDate(signal.pending.dueFrom)} (by ${formatDate(signal.pending.deadline)}).`,
    );
  }
  return { short, details };
}
