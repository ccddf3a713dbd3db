/**
 * What one regional protocol (../shared/seeds/) decides, in one place: its definition and thresholds,
 * the next steps the sidebar shows, the names of the case phases, who is informed, the meeting's
 * checklist, when to escalate, and the terms it sets on a followed case.
 */
import type { Regio } from '../calendar/schoolCalendar.ts';
import type { RulesSettingsInput } from '../settings.ts';

export const PHASES = ['signaleren', 'in-kaart', 'plan', 'oplossing', 'afgesloten'] as const;
export type Phase = (typeof PHASES)[number];

/** Dates the school records on a case; each one completes a term. */
export const CASE_DATES = ['meldingLeerplicht', 'meldingSwv', 'informed', 'overleg', 'middelen', 'passendePlek'] as const;
export type CaseDate = (typeof CASE_DATES)[number];

export type TermUnit = 'werkdagen' | 'dagen' | 'weken' | 'maanden';

export interface ProtocolStep {
  /** The protocol's own name for the phase. */
  phase: string;
  text: string;
  /** A term, as the protocol words it. */
  term?: string;
}

export interface TermRule {
  id: string;
  label: string;
  /** What the term runs from. */
  from: 'signal' | 'since' | 'opened' | CaseDate;
  amount: number;
  unit: TermUnit;
  /** The date on the case that meets the term. */
  doneBy: CaseDate;
  /** Only for these signals (empty = all). */
  kinds?: readonly string[];
  source: string;
}

export interface Region {
  id: string;
  name: string;
  /** The seed protocol this region follows (../shared/seeds/). */
  protocol: string;
  /** Vakantieregio, when the protocol's area lies in one region. */
  regio?: Regio;
  /** Only what the protocol changes of the national rules. */
  rules: RulesSettingsInput;
  definition: string;
  /** The region's own steps after a signal (the law's steps come first, lib/protocols.ts). */
  steps: readonly ProtocolStep[];
  /** The protocol's own names for the five phases of a followed case. */
  phaseNames: Record<Phase, string>;
  /** Who must be told when the case opens. */
  inform: readonly string[];
  /** What the meeting must cover. */
  checklist: readonly string[];
  /** When and to whom to escalate. */
  escalation: string;
  /** The protocol's own terms on a case (the national ones are in lib/cases.ts). */
  terms: readonly TermRule[];
  source: string;
}

export const GENERIC_PHASE_NAMES: Record<Phase, string> = {
  signaleren: 'Signaleren',
  'in-kaart': 'In kaart brengen',
  plan: 'Overleg en plan van aanpak',
  oplossing: 'Oplossing / passende plek',
  afgesloten: 'Afgesloten',
};
