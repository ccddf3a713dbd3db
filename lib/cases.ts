/**
 * Case follow-up ("Volgen"): a pupil's path through the school's regional protocol, with the terms
 * that protocol sets and their deadlines. Phases are the same five everywhere, named as each region's
 * own protocol names them (../shared/seeds/). Pure: dates in, deadlines out.
 */
import { addDays, addMonths, addWeeks, format, parseISO } from 'date-fns';
import { dayToIso, isoToDay, type IsoDate } from './calendar/days.ts';
import type { SchoolCalendar } from './calendar/schoolCalendar.ts';
import { isRegionId, regionById, type CaseDate, type Phase, type Region, type TermRule, type TermUnit } from './regions/index.ts';
import type { SignalKind } from './rules/signal.ts';

export { CASE_DATES, PHASES, type CaseDate, type Phase } from './regions/index.ts';

export interface FollowedCase {
  id: string;
  pupilId: string;
  pupilName: string;
  group?: string;
  presetId: string;
  signalKind: SignalKind;
  /** Startdatum thuiszitten: the first day the pupil did not appear (PPO Rotterdam), or the signal's begin. */
  since: IsoDate;
  /** The day the signal fired (the DUO term runs from here; for 16 uur from the einddatum). */
  firedOn: IsoDate;
  /** The DUO melding's deadline as the rules computed it, when the signal is meldplichtig. */
  meldDeadline?: IsoDate;
  openedOn: IsoDate;
  phase: Phase;
  phaseHistory: { phase: Phase; on: IsoDate }[];
  dates: Partial<Record<CaseDate, IsoDate>>;
  /** Who has been informed (BePO's list, or the region's partners). */
  informed: string[];
  /** Ticked items of the region's checklist (Utrecht: "Is alles besproken?"). */
  checklist: string[];
  /** Typed in an extension page, never in the host page. */
  notes: string;
  closedOn?: IsoDate;
  updatedAt: string;
}

/** The region a case follows; a case stored with a region the product no longer knows follows the national rules. */
export function regionProcess(presetId: string): Region {
  return isRegionId(presetId) ? regionById(presetId) : regionById('landelijk');
}

/** The terms every region has (the law, the Thuiszitterspact); each region adds its own (lib/regions/<id>.ts). */
export const NATIONAL_TERMS: readonly TermRule[] = [
  {
    id: 'melding-duo', label: 'Melding bij leerplicht (DUO)', from: 'signal', amount: 5, unit: 'werkdagen', doneBy: 'meldingLeerplicht',
    kinds: ['thuiszitter', 'meldplicht-16-uur', 'rmc-verzuim'], source: 'Leerplichtwet art. 21a; DUO: binnen 5 werkdagen',
  },
  { id: 'thuiszitterspact', label: 'Nooit langer dan 3 maanden thuis zonder passend aanbod', from: 'since', amount: 3, unit: 'maanden', doneBy: 'passendePlek', source: 'Thuiszitterspact 2016' },
];

export interface CaseTerm {
  id: string;
  label: string;
  due?: IsoDate;
  /** Why there is no due date yet (the date it runs from is not recorded). */
  waitingFor?: string;
  doneOn?: IsoDate;
  overdue: boolean;
  source: string;
}

const DATE_LABELS: Record<CaseDate, string> = {
  meldingLeerplicht: 'Melding leerplicht gedaan',
  meldingSwv: 'Melding samenwerkingsverband gedaan',
  informed: 'Betrokkenen geïnformeerd',
  overleg: 'Actietafel / ronde tafel / oudergesprek gehouden',
  middelen: 'Besluit over middelen',
  passendePlek: 'Terug op school of passende plek',
};

export function caseDateLabel(date: CaseDate): string {
  return DATE_LABELS[date];
}

function add(iso: IsoDate, amount: number, unit: TermUnit, calendar: SchoolCalendar): IsoDate {
  if (unit === 'werkdagen') return dayToIso(calendar.addWerkdagen(isoToDay(iso), amount));
  const date = parseISO(iso);
  const result = unit === 'dagen' ? addDays(date, amount) : unit === 'weken' ? addWeeks(date, amount) : addMonths(date, amount);
  return format(result, 'yyyy-MM-dd');
}

/**
 * The DUO melding's deadline as the pupil's current signals give it: the 16-uur signal's, which is
 * that of its oldest meldmoment not yet reported. The sidebar, the case, the overview and the exports
 * all take it from here, so they show one date.
 */
export function currentMeldDeadline(signals: readonly { kind: SignalKind; deadline?: IsoDate }[] | undefined): IsoDate | undefined {
  return signals?.find((s) => (s.kind === 'meldplicht-16-uur' || s.kind === 'rmc-verzuim') && s.deadline)?.deadline;
}

/**
 * The terms of the case's protocol with their deadlines, on `today`. A closed case has nothing overdue.
 * `meldDeadline` is the current one (currentMeldDeadline); without it, the one stored when the case was opened.
 */
export function caseTerms(c: FollowedCase, calendar: SchoolCalendar, today: IsoDate, meldDeadline?: IsoDate): CaseTerm[] {
  const terms: CaseTerm[] = [];
  const [duo, pact] = NATIONAL_TERMS;
  for (const rule of [duo!, ...regionProcess(c.presetId).terms, pact!]) {
    if (rule.kinds && !rule.kinds.includes(c.signalKind)) continue;
    const doneOn = c.dates[rule.doneBy];
    let due: IsoDate | undefined;
    let waitingFor: string | undefined;
    if (rule.id === 'melding-duo' && (meldDeadline ?? c.meldDeadline)) due = meldDeadline ?? c.meldDeadline;
    else {
      const start = rule.from === 'signal' ? c.firedOn : rule.from === 'since' ? c.since : rule.from === 'opened' ? c.openedOn : c.dates[rule.from];
      if (start) due = add(start, rule.amount, rule.unit, calendar);
      else waitingFor = DATE_LABELS[rule.from as CaseDate];
    }
    const overdue = !c.closedOn && !doneOn && due !== undefined && today > due;
    terms.push({ id: rule.id, label: rule.label, due, waitingFor, doneOn, overdue, source: rule.source });
  }
  return terms;
}

/** The first open term by date: what the sidebar shows as "next". */
export function nextTerm(terms: readonly CaseTerm[]): CaseTerm | undefined {
  return terms.filter((t) => !t.doneOn && t.due).sort((a, b) => (a.due! < b.due! ? -1 : 1))[0];
}

export function openCase(input: {
  id: string;
  pupilId: string;
  pupilName: string;
  group?: string;
  presetId: string;
  signal: { kind: SignalKind; since: IsoDate; firedOn: IsoDate; deadline?: IsoDate };
  today: IsoDate;
  now: string;
}): FollowedCase {
  return {
    id: input.id,
    pupilId: input.pupilId,
    pupilName: input.pupilName,
    group: input.group,
    presetId: input.presetId,
    signalKind: input.signal.kind,
    since: input.signal.since,
    firedOn: input.signal.firedOn,
    meldDeadline: input.signal.deadline,
    openedOn: input.today,
    phase: 'signaleren',
    phaseHistory: [{ phase: 'signaleren', on: input.today }],
    dates: {},
    informed: [],
    checklist: [],
    notes: '',
    updatedAt: input.now,
  };
}

/** Moves a case to a phase; "afgesloten" closes it (and starts the retention period). */
export function moveCase(c: FollowedCase, phase: Phase, today: IsoDate, now: string): FollowedCase {
  if (c.phase === phase) return c;
  return {
    ...c,
    phase,
    phaseHistory: [...c.phaseHistory, { phase, on: today }],
    closedOn: phase === 'afgesloten' ? today : undefined,
    updatedAt: now,
  };
}

/** Closed cases older than the retention period go (default: one school year, set by the school). */
export function isExpired(c: Pick<FollowedCase, 'closedOn'>, today: IsoDate, retentionMonths: number): boolean {
  return !!c.closedOn && format(addMonths(parseISO(c.closedOn), retentionMonths), 'yyyy-MM-dd') <= today;
}

/** What the sidebar and the badge show of a followed case. */
export interface CaseView {
  id: string;
  phase: Phase;
  phaseName: string;
  next?: { label: string; due: IsoDate; overdue: boolean };
  /** Labels of the terms that have passed without being met. */
  overdue: string[];
  escalation?: string;
}

export function caseView(c: FollowedCase, calendar: SchoolCalendar, today: IsoDate, meldDeadline?: IsoDate): CaseView {
  const terms = caseTerms(c, calendar, today, meldDeadline);
  const next = nextTerm(terms);
  const overdue = terms.filter((t) => t.overdue).map((t) => t.label);
  const process = regionProcess(c.presetId);
  return {
    id: c.id,
    phase: c.phase,
    phaseName: process.phaseNames[c.phase],
    next: next && { label: next.label, due: next.due!, overdue: next.overdue },
    overdue,
    escalation: overdue.length > 0 ? process.escalation : undefined,
  };
}
