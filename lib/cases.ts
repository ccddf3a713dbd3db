/**
 * Case follow-up ("Volgen"): a pupil's path through the school's regional protocol, with the terms
 * that protocol sets and their deadlines. Phases are the same five everywhere, named as each region's
 * own protocol names them (../shared/seeds/). Pure: dates in, deadlines out.
 */
import { addDays, addMonths, addWeeks, format, parseISO } from 'date-fns';
import { dayToIso, isoToDay, type IsoDate } from './calendar/days.ts';
import type { SchoolCalendar } from './calendar/schoolCalendar.ts';
import type { SignalKind } from './rules/signal.ts';

export const PHASES = ['signaleren', 'in-kaart', 'plan', 'oplossing', 'afgesloten'] as const;
export type Phase = (typeof PHASES)[number];

/** Dates the school records on a case; each one completes a term. */
export const CASE_DATES = ['meldingLeerplicht', 'meldingSwv', 'informed', 'overleg', 'middelen', 'passendePlek'] as const;
export type CaseDate = (typeof CASE_DATES)[number];

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

export interface RegionProcess {
  presetId: string;
  /** The protocol's own names for the five phases. */
  phaseNames: Record<Phase, string>;
  /** Who must be told when the case opens. */
  inform: string[];
  /** What the meeting must cover. */
  checklist: string[];
  /** When and to whom to escalate. */
  escalation: string;
  source: string;
}

const GENERIC_NAMES: Record<Phase, string> = {
  signaleren: 'Signaleren',
  'in-kaart': 'In kaart brengen',
  plan: 'Overleg en plan van aanpak',
  oplossing: 'Oplossing / passende plek',
  afgesloten: 'Afgesloten',
};

const UTRECHT_CHECKLIST = [
  'Heeft de leerling alles kunnen vertellen?',
  'Heeft de ouder / verzorger alles kunnen vertellen?',
  'Is het doel duidelijk en is er overeenstemming over het doel?',
  'Wie is de regiehouder?',
  'Wat wordt er verwacht van de regiehouder?',
  'Is het plan duidelijk?',
  'Wat zijn de afspraken?',
  'Wie doet wat, wanneer en waarom?',
  'Wanneer is de volgende afspraak en wie zijn erbij?',
  'Zijn er nog vragen of onduidelijkheden?',
  'Hoe heeft iedereen het gesprek ervaren?',
  'Hoe leggen we afspraken vast en hoe wordt informatie gedeeld?',
];

export const REGION_PROCESSES: readonly RegionProcess[] = [
  {
    presetId: 'landelijk',
    phaseNames: GENERIC_NAMES,
    inform: ['Ouders', 'Leerplicht', 'Samenwerkingsverband'],
    checklist: [],
    escalation: 'Loopt het vast, bespreek de leerling dan met leerplicht en het samenwerkingsverband (thuiszittersoverleg).',
    source: 'Leerplichtwet; Thuiszitterspact 2016',
  },
  {
    presetId: 'bepo',
    phaseNames: {
      signaleren: 'Stap 1 Signaleren',
      'in-kaart': 'Stap 2 Situatie in kaart',
      plan: 'Stap 3 Ronde tafel en ondersteuningsbehoefte',
      oplossing: 'Stap 4 Middelen en passende plek',
      afgesloten: 'Afgesloten',
    },
    inform: ['Schoolbestuur', 'Jeugdarts', 'Leerplicht', 'Sociaal team', 'Schoolconsulent'],
    checklist: ['Situatieschets door de IB-er', 'Ronde tafelgesprek georganiseerd', 'Plan van aanpak: korte termijn (4 tot 6 weken)', 'Plan van aanpak: duurzame aanpak'],
    escalation: 'Geen kind zit langer dan 1 maand thuis: lukt dat niet, dan schaalt de schooldirecteur op naar het schoolbestuur en BePO.',
    source: '000 BePO – Richtlijn kind in de knel (juli 2020)',
  },
  {
    presetId: 'lekstroom',
    phaseNames: { signaleren: 'Signaleren', 'in-kaart': 'In kaart brengen en regiehouder', plan: 'Plan van aanpak', oplossing: 'Passende plek', afgesloten: 'Afgesloten' },
    inform: ['Ouders', 'Leerplicht', 'Samenwerkingsverband', 'Sociaal team'],
    checklist: ['Regiehouder aangesteld'],
    escalation: 'Bij een patstelling: doorzettingsmacht (samenwerkingsverband voor onderwijs, sociaal team voor de zorg).',
    source: '001 Regio Lekstroom – Thuiszittersaanpak',
  },
  {
    presetId: 'ppo-rotterdam',
    phaseNames: {
      signaleren: 'Fase 0 Voortraject',
      'in-kaart': 'Fase 1 Melding thuiszitter',
      plan: 'Fase 2 Oudergesprek en plan van aanpak',
      oplossing: 'Fase 3 Oplossingen',
      afgesloten: 'Afgesloten',
    },
    inform: ['Leerplicht (vanaf 5 jaar)', 'Schoolcontactpersoon (SCP) van PPO', 'Ouders'],
    checklist: ['SCP heeft de leerling in Kindkans geregistreerd als thuiszitter', 'Plan van aanpak opgenomen in het OPP'],
    escalation: 'Loopt het vast: thuiszitterscoördinator van PPO (Noord of Zuid), zo nodig de Taskforce Thuiszitters.',
    source: '002 PPO Rotterdam – Aanpak thuiszitters',
  },
  {
    presetId: 'utrecht',
    phaseNames: { signaleren: 'Signaleren', 'in-kaart': 'Wensen en mogelijkheden in kaart', plan: 'Actietafel en plan', oplossing: 'Passend aanbod', afgesloten: 'Afgesloten' },
    inform: ['Ouders', 'Jeugdarts / JGZ', 'Leerplicht', 'CPO / BPO (samenwerkingsverband)', 'Buurtteam'],
    checklist: UTRECHT_CHECKLIST,
    escalation: 'Opschalen via de leidinggevenden van de kernpartners, of SAVE met toestemming van ouders.',
    source: '003 Utrecht – Routekaart thuiszitten samen oplossen',
  },
  {
    presetId: 'den-haag',
    phaseNames: { signaleren: 'Preventie', 'in-kaart': 'Melding', plan: 'Aanpak ketenpartners', oplossing: 'Oplossing', afgesloten: 'Afgesloten' },
    inform: ['Coördinator passend onderwijs', 'SMW+', 'JGZ', 'Leerplicht'],
    checklist: [],
    escalation: 'Leerplicht handelt volgens de MAS en koppelt terug via het Verzuimloket; bespreek vastgelopen situaties met leerplicht.',
    source: '004 Den Haag – Taken ketenpartners (VO)',
  },
];

export function regionProcess(presetId: string): RegionProcess {
  return REGION_PROCESSES.find((p) => p.presetId === presetId) ?? REGION_PROCESSES[0]!;
}

type Unit = 'werkdagen' | 'dagen' | 'weken' | 'maanden';

interface TermRule {
  id: string;
  label: string;
  /** Which protocols set this term; empty = every region. */
  presets: readonly string[];
  /** What the term runs from. */
  from: 'signal' | 'since' | 'opened' | CaseDate;
  amount: number;
  unit: Unit;
  /** The date on the case that meets the term. */
  doneBy: CaseDate;
  /** Only for these signals (empty = all). */
  kinds?: readonly SignalKind[];
  source: string;
}

export const TERM_RULES: readonly TermRule[] = [
  {
    id: 'melding-duo', label: 'Melding bij leerplicht (DUO)', presets: [], from: 'signal', amount: 5, unit: 'werkdagen', doneBy: 'meldingLeerplicht',
    kinds: ['thuiszitter', 'meldplicht-16-uur'], source: 'Leerplichtwet art. 21a; DUO: binnen 5 werkdagen',
  },
  { id: 'informeren-bepo', label: 'Schoolbestuur, jeugdarts, leerplicht, sociaal team en schoolconsulent schriftelijk informeren', presets: ['bepo'], from: 'opened', amount: 1, unit: 'werkdagen', doneBy: 'informed', source: 'BePO: "direct schriftelijk"' },
  { id: 'actietafel-utrecht', label: 'Actietafel met leerling, ouders, school en kernpartners', presets: ['utrecht'], from: 'opened', amount: 5, unit: 'dagen', doneBy: 'overleg', source: 'Routekaart Utrecht: "binnen 5 dagen actietafel" (kalenderdagen)' },
  { id: 'middelen-bepo', label: 'Besluit over de middelen', presets: ['bepo'], from: 'overleg', amount: 1, unit: 'weken', doneBy: 'middelen', source: 'BePO stap 4: binnen 1 week na het ronde tafelgesprek' },
  { id: 'maand-bepo', label: 'Niet langer dan 1 maand thuis', presets: ['bepo'], from: 'since', amount: 1, unit: 'maanden', doneBy: 'passendePlek', source: 'BePO: geen kind zit langer dan 1 maand thuis' },
  { id: 'passende-plek-lekstroom', label: 'Passende plek in onderwijs en/of zorg', presets: ['lekstroom'], from: 'since', amount: 6, unit: 'weken', doneBy: 'passendePlek', source: 'Lekstroom: binnen 6 weken een passende plek' },
  { id: 'thuiszitterspact', label: 'Nooit langer dan 3 maanden thuis zonder passend aanbod', presets: [], from: 'since', amount: 3, unit: 'maanden', doneBy: 'passendePlek', source: 'Thuiszitterspact 2016' },
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

function add(iso: IsoDate, amount: number, unit: Unit, calendar: SchoolCalendar): IsoDate {
  if (unit === 'werkdagen') return dayToIso(calendar.addWerkdagen(isoToDay(iso), amount));
  const date = parseISO(iso);
  const result = unit === 'dagen' ? addDays(date, amount) : unit === 'weken' ? addWeeks(date, amount) : addMonths(date, amount);
  return format(result, 'yyyy-MM-dd');
}

/** The terms of the case's protocol with their deadlines, on `today`. A closed case has nothing overdue. */
export function caseTerms(c: FollowedCase, calendar: SchoolCalendar, today: IsoDate): CaseTerm[] {
  const terms: CaseTerm[] = [];
  for (const rule of TERM_RULES) {
    if (rule.presets.length > 0 && !rule.presets.includes(c.presetId)) continue;
    if (rule.kinds && !rule.kinds.includes(c.signalKind)) continue;
    const doneOn = c.dates[rule.doneBy];
    let due: IsoDate | undefined;
    let waitingFor: string | undefined;
    if (rule.id === 'melding-duo' && c.meldDeadline) due = c.meldDeadline;
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

export function caseView(c: FollowedCase, calendar: SchoolCalendar, today: IsoDate): CaseView {
  const terms = caseTerms(c, calendar, today);
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
