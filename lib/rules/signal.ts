import type { ClosedPeriod } from '../calendar/schoolCalendar.ts';
import type { IsoDate } from '../model.ts';

/**
 * Most serious first; the badge takes the first kind a pupil has. `rmc-verzuim` is the 16-uur count
 * for pupils of 18 to 22 without a startkwalificatie (DUO verzuimsoort RMC).
 */
export const SIGNAL_KINDS = ['thuiszitter', 'meldplicht-16-uur', 'rmc-verzuim', 'dreigend-thuiszitter', 'mazl'] as const;
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
  /** The school time the count used, and where it came from ("ma–vr 08:30–14:00 (afgeleid uit de gegevens)"). */
  timetable?: string;
  /** How the absence reasons on the counted days were read ("Z: ziek, geoorloofd — uit de opmerking …"). */
  reasons?: string[];
}

export interface ThuiszitterSignal extends SignalBase {
  kind: 'thuiszitter';
  schoolDays: number;
  bucket: InspectieBucket;
  countsGeoorloofd: boolean;
  /** The numbers the rule used: longer than this many lesweken; the Inspectie's long category after this many months. */
  thresholdWeeks: number;
  inspectieMonths: number;
}

export interface DreigendSignal extends SignalBase {
  kind: 'dreigend-thuiszitter';
  schoolDays: number;
  /** 'reeks': a consecutive streak; 'patroon': many whole days absent within a few weeks. */
  pattern: 'reeks' | 'patroon';
  countsGeoorloofd: boolean;
  /** The numbers the rule used: a streak of this many lesweken, or `patternDays` whole days within `windowWeeks` lesweken. */
  thresholdWeeks: number;
  windowWeeks?: number;
  patternDays?: number;
}

export interface Meldmoment {
  begin: IsoDate;
  /** DUO einddatum. */
  end: IsoDate;
  hours: number;
  /** From when the melding is due: the day 16 hours were reached, for a follow-up no earlier than 7 days after the previous einddatum. */
  due: IsoDate;
  deadline: IsoDate;
  /**
   * gemeld: a made leerplicht melding covers it (lib/meldingen/made.ts); afgezien: the school decided
   * not to report it, with a reason; else open until its deadline, then verlopen.
   */
  status: 'gemeld' | 'afgezien' | 'open' | 'verlopen';
  gemeldOp?: IsoDate;
  reden?: string;
}

export interface MeldplichtSignal extends SignalBase {
  /** meldplicht-16-uur for leer- and kwalificatieplichtigen; rmc-verzuim for 18 to 22 without a startkwalificatie. */
  kind: 'meldplicht-16-uur' | 'rmc-verzuim';
  hours: number;
  unit: 'klokuur' | 'lesuur';
  /** DUO einddatum: the day the threshold was reached (for a follow-up, see the decided reading in meldplicht16.ts). */
  until: IsoDate;
  /** From when this melding is due. */
  due: IsoDate;
  deadline: IsoDate;
  overdue: boolean;
  /** When every meldmoment is reported: the day the latest was (the signal then stays only while recent). */
  gemeldOp?: IsoDate;
  /** The deadline falls in a school holiday (werkdagen count holidays; the school may be closed). */
  deadlineInHoliday?: string;
  /**
   * Every meldmoment of this school year in the data, oldest first (after each, the count restarts),
   * with its status. The signal's own dates (since, until, due, deadline) are those of the oldest
   * moment not yet reported, else of the latest.
   */
  meldingen: Meldmoment[];
  /** 16 hours reached again, but fewer than 7 days after the previous einddatum: to report from `dueFrom`. */
  pending?: { begin: IsoDate; hours: number; dueFrom: IsoDate; deadline: IsoDate };
  /** The numbers the rule used. */
  thresholdHours: number;
  windowWeeks: number;
  deadlineWerkdagen: number;
  minDaysBetween: number;
  alleLessenGemist: boolean;
  /** DUO's verzuimspecificatie for this melding: each day with its hours (in the school's unit) and whether it was the whole day. */
  specificatie: { date: IsoDate; hours: number; wholeDay: boolean }[];
}

export interface MazlSignal extends SignalBase {
  kind: 'mazl';
  criterion: 'ziekmeldingen' | 'aaneengesloten';
  /** Sick reports within the window up to and including the one that fired. */
  reports: number;
  /** Sick school days in a row of the report that fired. */
  consecutiveDays: number;
  /** The numbers the rule used. */
  thresholdReports: number;
  windowWeeks: number;
  thresholdDays: number;
}

export type Signal = ThuiszitterSignal | DreigendSignal | MeldplichtSignal | MazlSignal;

/** How serious a level is: 0 the most (thuiszitter); "geen" (no signal) always last. Used by the sidebar and the overview. */
export function severity(kind: SignalKind | 'geen'): number {
  const index = SIGNAL_KINDS.indexOf(kind as SignalKind);
  return index < 0 ? SIGNAL_KINDS.length : index;
}

export function highestSignal(signals: readonly Pick<Signal, 'kind'>[]): SignalKind | 'geen' {
  let best: SignalKind | 'geen' = 'geen';
  for (const s of signals) if (best === 'geen' || severity(s.kind) < severity(best)) best = s.kind;
  return best;
}

/** The 16-uur count, for leerplichtigen (meldplicht-16-uur) or for 18 to 22 (rmc-verzuim): the same melding with its dates. */
export function isMeldplicht(signal: Pick<Signal, 'kind'>): signal is MeldplichtSignal {
  return signal.kind === 'meldplicht-16-uur' || signal.kind === 'rmc-verzuim';
}
