import type { ClosedPeriod } from '../calendar/schoolCalendar.ts';
import type { IsoDate } from '../model.ts';

/** Most serious first; the badge takes the first kind a pupil has. */
export const SIGNAL_KINDS = ['thuiszitter', 'meldplicht-16-uur', 'dreigend-thuiszitter', 'mazl'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export type InspectieBucket = '4-weken-3-maanden' | 'langer-dan-3-maanden';

interface SignalBase {
  kind: SignalKind;
  /** When the situation began: the first day not at school, the melding's begindatum, the first sick report. */
  since: IsoDate;
  /** The day the threshold was passed. */
  firedOn: IsoDate;
  /** The last school day the rule counted. */
  lastDay: IsoDate;
  /** Still true on the last day with data (or the peildatum, whichever is earlier). */
  ongoing: boolean;
  /** The school days the rule counted. */
  countedDays: IsoDate[];
  /** Holidays, public holidays and studiedagen the count skipped. */
  skipped: ClosedPeriod[];
  /** Of the counted days, how many had no recorded geoorloofd status (counted as ongeoorloofd). */
  unknownDays: number;
  /** The counted period begins on the first day of the data: it may have begun earlier. */
  startsAtDataStart: boolean;
  source: string;
}

export interface ThuiszitterSignal extends SignalBase {
  kind: 'thuiszitter';
  schoolDays: number;
  bucket: InspectieBucket;
  countsGeoorloofd: boolean;
}

export interface DreigendSignal extends SignalBase {
  kind: 'dreigend-thuiszitter';
  schoolDays: number;
  /** 'reeks': a consecutive streak; 'patroon': many whole days absent within a few weeks. */
  pattern: 'reeks' | 'patroon';
  windowWeeks?: number;
}

export interface MeldplichtSignal extends SignalBase {
  kind: 'meldplicht-16-uur';
  hours: number;
  unit: 'klokuur' | 'lesuur';
  /** DUO einddatum: the day the threshold was reached. */
  until: IsoDate;
  deadline: IsoDate;
  overdue: boolean;
  /** Every melding moment in the data, oldest first (after each, the count restarts). */
  meldingen: { begin: IsoDate; end: IsoDate; hours: number }[];
  alleLessenGemist: boolean;
  /** DUO's verzuimspecificatie for this melding: each day with its hours (in the school's unit) and whether it was the whole day. */
  specificatie: { date: IsoDate; hours: number; wholeDay: boolean }[];
}

export interface MazlSignal extends SignalBase {
  kind: 'mazl';
  criterion: 'ziekmeldingen' | 'aaneengesloten';
  reports: number;
  consecutiveDays: number;
}

export type Signal = ThuiszitterSignal | DreigendSignal | MeldplichtSignal | MazlSignal;

export function severity(kind: SignalKind): number {
  return SIGNAL_KINDS.indexOf(kind);
}

export function highestSignal(signals: readonly Pick<Signal, 'kind'>[]): SignalKind | 'geen' {
  let best: SignalKind | 'geen' = 'geen';
  for (const s of signals) if (best === 'geen' || severity(s.kind) < severity(best)) best = s.kind;
  return best;
}
