/**
 * Melding drafts built from a signal: the DUO verzuimmelding (fields of the Besluit Verzuimmelding,
 * RULES.md §2.3, limits from EduArte's model) and the melding to the samenwerkingsverband, which never
 * carries a BSN or onderwijsnummer (OSO rule, RULES.md §3.2). Each draft becomes the field list the
 * form filler (lib/forms/fill.ts) looks for on the page.
 */
import type { FieldSpec } from '../forms/fill.ts';
import type { Pupil } from '../model.ts';
import type { LeerplichtStatus } from '../rules/leerplicht.ts';
import { isMeldplicht, type Signal } from '../rules/signal.ts';
import { findPersonNumbers, type PersonNumber } from './identifiers.ts';
import { VERZUIMSOORTEN, verzuimsoortFor, type Verzuimsoort } from './verzuimsoort.ts';
import { DUO_FIELDS, fillType, ONDERWIJSNUMMER_LABELS, SWV_FIELDS, textProblems, type MeldingField } from './fields.ts';

export interface Melder {
  naam: string;
  functie: string;
  telefoon: string;
  email: string;
}

/** What the signal decides: the verzuimsoort, DUO's dates and the verzuimspecificatie. */
export interface DuoPrefill {
  verzuimsoort: Verzuimsoort;
  begindatum: string;
  /** Known for 16 uur (the day the hours were reached); for LRV when the pupil is back or unenrolled. */
  einddatum?: string;
  alleLessenGemist: boolean;
  verzuimspecificatie: { date: string; hours?: number; wholeDay: boolean }[];
}

/** What the school adds: typed by the user in an extension page (never in the page's shadow root), or from Options. */
export interface DuoUserInput {
  personNumber?: PersonNumber;
  leslocatie: string;
  melder: Melder;
  vermoedelijkeReden: string;
  ondernomenActie: string;
  actieGemeenteGewenst: boolean;
  toelichtingActie?: string;
  telefoonOuder?: string;
}

export interface DuoInput extends DuoUserInput {
  prefill: DuoPrefill;
}

export interface DuoMelding extends DuoPrefill, Omit<DuoUserInput, 'personNumber'> {
  persoonsgebondenNummer: PersonNumber;
}

export type Built<T> = { ok: true; melding: T } | { ok: false; problems: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** DUO's part of the melding from the signal; refused for a pupil the melding does not apply to, with the reason. */
export function duoPrefill(signal: Signal, leerplicht: LeerplichtStatus): { ok: true; prefill: DuoPrefill } | { ok: false; reason: string } {
  const choice = verzuimsoortFor(signal.kind, leerplicht);
  if (!choice.ok) return { ok: false, reason: choice.reason };
  const meldplicht = isMeldplicht(signal) ? signal : undefined;
  return {
    ok: true,
    prefill: {
      verzuimsoort: choice.soort,
      // 16 uur: first day of absence … the day 16 hours were reached (DUO). LRV: the first day not at school.
      begindatum: signal.since,
      einddatum: meldplicht?.until ?? (signal.ongoing ? undefined : signal.lastDay),
      alleLessenGemist: meldplicht ? meldplicht.alleLessenGemist : true,
      verzuimspecificatie: meldplicht ? meldplicht.specificatie : signal.countedDays.map((date) => ({ date, wholeDay: true })),
    },
  };
}

/** What is still missing or wrong in what the school added (empty when the melding is complete). */
export function duoProblems(input: DuoUserInput): string[] {
  const F = DUO_FIELDS;
  const problems: string[] = [];
  if (!input.personNumber) problems.push(`${F.persoonsgebondenNummer.name} is verplicht.`);
  problems.push(...textProblems([
    [F.vermoedelijkeReden, input.vermoedelijkeReden], [F.ondernomenActie, input.ondernomenActie], [F.leslocatie, input.leslocatie],
    [F.melderNaam, input.melder.naam], [F.melderEmail, input.melder.email], [F.melderFunctie, input.melder.functie],
    [F.melderTelefoon, input.melder.telefoon], [F.toelichtingActie, input.toelichtingActie], [F.telefoonOuder, input.telefoonOuder],
  ]));
  if (input.melder.email && !EMAIL.test(input.melder.email.trim())) problems.push(`${F.melderEmail.name} is geen geldig adres.`);
  if (!input.actieGemeenteGewenst && !input.toelichtingActie?.trim()) problems.push('Licht toe waarom geen actie van de gemeente gewenst is.');
  return problems;
}

/** The melding as far as it is known: what the form filler can already fill in a draft that is not complete. */
export function duoDraft(input: DuoInput): DuoMelding {
  return {
    ...input.prefill,
    persoonsgebondenNummer: input.personNumber ?? { kind: 'bsn', value: '' },
    leslocatie: input.leslocatie.trim(),
    melder: input.melder,
    vermoedelijkeReden: input.vermoedelijkeReden.trim(),
    ondernomenActie: input.ondernomenActie.trim(),
    actieGemeenteGewenst: input.actieGemeenteGewenst,
    toelichtingActie: input.toelichtingActie?.trim() || undefined,
    telefoonOuder: input.telefoonOuder?.trim() || undefined,
  };
}

export function buildDuoMelding(input: DuoInput): Built<DuoMelding> {
  const problems = duoProblems(input);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, melding: duoDraft(input) };
}

/** The filler's field from the table's entry. */
function spec(f: MeldingField, value: string | boolean, labels: readonly string[] = f.formLabels): FieldSpec {
  const type = fillType(f);
  return { key: f.key, labels: [...labels], value, ...(type ? { type } : {}) };
}

export function duoFields(m: DuoMelding): FieldSpec[] {
  const F = DUO_FIELDS;
  const number = m.persoonsgebondenNummer;
  const fields: FieldSpec[] = [
    spec(F.persoonsgebondenNummer, number.value, number.kind === 'bsn' ? F.persoonsgebondenNummer.formLabels : ONDERWIJSNUMMER_LABELS),
    spec(F.verzuimsoort, VERZUIMSOORTEN[m.verzuimsoort]),
    spec(F.begindatum, m.begindatum),
    ...(m.einddatum ? [spec(F.einddatum, m.einddatum)] : []),
    spec(F.alleLessenGemist, m.alleLessenGemist),
    spec(F.vermoedelijkeReden, m.vermoedelijkeReden),
    spec(F.ondernomenActie, m.ondernomenActie),
    spec(F.actieGemeenteGewenst, m.actieGemeenteGewenst),
    spec(F.leslocatie, m.leslocatie),
    spec(F.melderNaam, m.melder.naam),
    spec(F.melderFunctie, m.melder.functie),
    spec(F.melderTelefoon, m.melder.telefoon),
    spec(F.melderEmail, m.melder.email),
    ...(m.toelichtingActie ? [spec(F.toelichtingActie, m.toelichtingActie)] : []),
    ...(m.telefoonOuder ? [spec(F.telefoonOuder, m.telefoonOuder)] : []),
  ];
  // An empty value is not filled: the field is left for the user.
  return fields.filter((f) => f.value !== '');
}

/** What the signal and the page give: the pupil, the school, the startdatum and the explanation. */
export interface SwvPrefill {
  naam: string;
  geboortedatum?: string;
  school: string;
  groep: string;
  /** The first day the pupil did not appear (PPO Rotterdam). */
  startdatumThuiszitten: string;
  /** The signal and its explanation, as the sidebar shows it. */
  signaal: string;
}

/** What the school adds, typed in an extension page. */
export interface SwvUserInput {
  schoolActions: string;
  /** Who is involved: ouders, jeugdarts, leerplicht, sociaal team/buurtteam, schoolconsulent. */
  betrokkenen: string[];
  wensen: string;
  contactpersoon: string;
}

export type SwvInput = SwvPrefill & SwvUserInput;
export type SwvMelding = SwvInput;

export const BETROKKENEN = ['Ouders', 'Jeugdarts', 'Leerplicht', 'Sociaal team / buurtteam', 'Schoolconsulent'] as const;

export function swvPrefill(input: { pupil: Pupil; signal: Signal; explanation: string; school: string }): SwvPrefill {
  return {
    naam: input.pupil.name,
    geboortedatum: input.pupil.birthDate,
    school: input.school,
    groep: input.pupil.group ?? '',
    startdatumThuiszitten: input.signal.since,
    signaal: input.explanation,
  };
}

export function swvDraft(input: SwvInput): SwvMelding {
  return { ...input, schoolActions: input.schoolActions.trim(), wensen: input.wensen.trim(), contactpersoon: input.contactpersoon.trim() };
}

/** What is missing, and every field that holds a BSN-like number (it may never reach the samenwerkingsverband). */
export function swvProblems(input: SwvInput): string[] {
  const m = swvDraft(input);
  const problems: string[] = [];
  const leaks = findPersonNumbers({
    naam: m.naam, school: m.school, groep: m.groep, signaal: m.signaal, schoolActions: m.schoolActions,
    betrokkenen: m.betrokkenen.join(', '), wensen: m.wensen, contactpersoon: m.contactpersoon,
  });
  for (const field of leaks) problems.push(`Er lijkt een BSN te staan in "${field}": een melding aan het samenwerkingsverband mag geen BSN of onderwijsnummer bevatten.`);
  const F = SWV_FIELDS;
  problems.push(...textProblems([
    [F.schoolActions, m.schoolActions], [F.contactpersoon, m.contactpersoon], [F.naam, m.naam], [F.school, m.school], [F.groep, m.groep],
    [F.signaal, m.signaal], [F.wensen, m.wensen],
  ]));
  return problems;
}

/** The melding for the samenwerkingsverband: refused when any field holds a BSN-like number. */
export function buildSwvMelding(input: SwvInput): Built<SwvMelding> {
  const problems = swvProblems(input);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, melding: swvDraft(input) };
}

export function swvFields(m: SwvMelding): FieldSpec[] {
  const F = SWV_FIELDS;
  const fields: FieldSpec[] = [
    spec(F.naam, m.naam),
    ...(m.geboortedatum ? [spec(F.geboortedatum, m.geboortedatum)] : []),
    spec(F.school, m.school),
    spec(F.groep, m.groep),
    spec(F.startdatum, m.startdatumThuiszitten),
    spec(F.signaal, m.signaal),
    spec(F.schoolActions, m.schoolActions),
    spec(F.wensen, m.wensen),
    spec(F.contactpersoon, m.contactpersoon),
  ];
  for (const betrokkene of m.betrokkenen) fields.push({ key: `betrokken:${betrokkene}`, labels: betrokkeneLabels(betrokkene), value: true, type: 'yesno' });
  return fields.filter((f) => f.value !== '');
}

/** "Sociaal team / buurtteam" is ticked as either wording. */
/** The same partner under the names forms give it. */
const SAME_PARTNER: Record<string, readonly string[]> = {
  leerplicht: ['leerplicht', 'leerplichtambtenaar', 'lpa', 'leerplichtzaken', 'afdeling leerplicht'],
  jeugdarts: ['jeugdarts', 'jgz', 'jeugdgezondheidszorg'],
  schoolconsulent: ['schoolconsulent', 'consulent passend onderwijs'],
};

function betrokkeneLabels(betrokkene: string): string[] {
  return betrokkene.split('/').map((part) => part.trim().toLowerCase()).flatMap((part) => SAME_PARTNER[part] ?? [part]);
}
