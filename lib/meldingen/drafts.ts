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

function required(problems: string[], value: string | undefined, label: string, max: number) {
  const text = value?.trim() ?? '';
  if (!text) problems.push(`${label} is verplicht.`);
  else if (text.length > max) problems.push(`${label} is te lang (ten hoogste ${max} tekens).`);
}

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

/**
 * The lengths the DUO melding's free-text fields may have, one table for the schema, the checks and
 * the draft form (RULES.md §2.3: vermoedelijke reden max 200, melder naam 100, functie 60, e-mail 100;
 * the others are the product's choice, within what the Verzuimloket accepts).
 */
export const DUO_LIMITS = {
  vermoedelijkeReden: 200, ondernomenActie: 1000, toelichtingActie: 1000, leslocatie: 100, telefoonOuder: 30,
  melderNaam: 100, melderFunctie: 60, melderTelefoon: 30, melderEmail: 100,
} as const;

/** What is still missing or wrong in what the school added (empty when the melding is complete). */
export function duoProblems(input: DuoUserInput): string[] {
  const problems: string[] = [];
  if (!input.personNumber) problems.push('BSN of onderwijsnummer is verplicht.');
  required(problems, input.vermoedelijkeReden, 'Vermoedelijke reden', DUO_LIMITS.vermoedelijkeReden);
  required(problems, input.ondernomenActie, 'Door school ondernomen actie', DUO_LIMITS.ondernomenActie);
  required(problems, input.leslocatie, 'Naam leslocatie', DUO_LIMITS.leslocatie);
  required(problems, input.melder.naam, 'Naam melder', DUO_LIMITS.melderNaam);
  required(problems, input.melder.email, 'E-mailadres melder', DUO_LIMITS.melderEmail);
  if (input.melder.functie.length > DUO_LIMITS.melderFunctie) problems.push(`Functie melder is te lang (ten hoogste ${DUO_LIMITS.melderFunctie} tekens).`);
  if ((input.toelichtingActie?.length ?? 0) > DUO_LIMITS.toelichtingActie) problems.push(`Toelichting is te lang (ten hoogste ${DUO_LIMITS.toelichtingActie} tekens).`);
  if (input.melder.email && !EMAIL.test(input.melder.email.trim())) problems.push('E-mailadres melder is geen geldig adres.');
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

export function duoFields(m: DuoMelding): FieldSpec[] {
  const fields: FieldSpec[] = [
    {
      key: 'persoonsgebondenNummer',
      labels: m.persoonsgebondenNummer.kind === 'bsn' ? ['bsn', 'burgerservicenummer', 'persoonsgebonden nummer', 'sofinummer'] : ['onderwijsnummer', 'persoonsgebonden nummer'],
      value: m.persoonsgebondenNummer.value,
    },
    { key: 'verzuimsoort', labels: ['soort verzuim', 'verzuimsoort', 'vermoedelijke soort verzuim'], value: VERZUIMSOORTEN[m.verzuimsoort], type: 'choice' },
    { key: 'begindatum', labels: ['begindatum verzuim', 'begindatum', 'datum begin verzuim', 'eerste verzuimdag'], value: m.begindatum, type: 'date' },
    { key: 'alleLessenGemist', labels: ['alle lessen gemist'], value: m.alleLessenGemist, type: 'yesno' },
    { key: 'vermoedelijkeReden', labels: ['vermoedelijke reden verzuim', 'vermoedelijke reden', 'reden verzuim'], value: m.vermoedelijkeReden },
    { key: 'ondernomenActie', labels: ['door school ondernomen actie', 'ondernomen actie', 'toelichting ondernomen actie'], value: m.ondernomenActie },
    { key: 'actieGemeenteGewenst', labels: ['actie door gemeente gewenst', 'actie gemeente gewenst', 'actie gewenst'], value: m.actieGemeenteGewenst, type: 'yesno' },
    { key: 'leslocatie', labels: ['naam leslocatie', 'leslocatie', 'locatie'], value: m.leslocatie, type: 'choice' },
    { key: 'melderNaam', labels: ['naam melder', 'melder', 'contactpersoon'], value: m.melder.naam },
    { key: 'melderFunctie', labels: ['functie melder', 'functie'], value: m.melder.functie },
    { key: 'melderTelefoon', labels: ['telefoonnummer melder', 'telefoon melder'], value: m.melder.telefoon },
    { key: 'melderEmail', labels: ['e mailadres melder', 'email melder', 'e mail melder', 'e mailadres'], value: m.melder.email },
  ];
  if (m.einddatum) fields.splice(3, 0, { key: 'einddatum', labels: ['einddatum verzuim', 'einddatum', 'datum einde verzuim'], value: m.einddatum, type: 'date' });
  if (m.toelichtingActie) fields.push({ key: 'toelichtingActie', labels: ['toelichting actie gewenst', 'toelichting geen actie', 'toelichting'], value: m.toelichtingActie });
  if (m.telefoonOuder) fields.push({ key: 'telefoonOuder', labels: ['telefoonnummer ouder', 'telefoon ouder', 'telefoonnummer ouder leerling'], value: m.telefoonOuder });
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
  if (!m.schoolActions) problems.push('Wat heeft de school gedaan? is verplicht.');
  if (!m.contactpersoon) problems.push('Contactpersoon is verplicht.');
  return problems;
}

/** The melding for the samenwerkingsverband: refused when any field holds a BSN-like number. */
export function buildSwvMelding(input: SwvInput): Built<SwvMelding> {
  const problems = swvProblems(input);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, melding: swvDraft(input) };
}

export function swvFields(m: SwvMelding): FieldSpec[] {
  const fields: FieldSpec[] = [
    { key: 'naam', labels: ['naam leerling', 'naam', 'leerling'], value: m.naam },
    { key: 'school', labels: ['school', 'naam school', 'school van inschrijving'], value: m.school },
    { key: 'groep', labels: ['groep', 'leerjaar', 'groep leerjaar', 'klas'], value: m.groep },
    { key: 'startdatum', labels: ['startdatum thuiszitten', 'datum thuiszitten', 'eerste dag niet op school', 'startdatum'], value: m.startdatumThuiszitten, type: 'date' },
    { key: 'signaal', labels: ['reden aanmelding', 'hulpvraag', 'omschrijving situatie', 'situatie'], value: m.signaal },
    { key: 'schoolActions', labels: ['wat heeft de school gedaan', 'ondernomen acties', 'inzet school'], value: m.schoolActions },
    { key: 'wensen', labels: ['wensen leerling en ouders', 'wensen ouders', 'wensen'], value: m.wensen },
    { key: 'contactpersoon', labels: ['contactpersoon school', 'contactpersoon'], value: m.contactpersoon },
  ];
  if (m.geboortedatum) fields.splice(1, 0, { key: 'geboortedatum', labels: ['geboortedatum'], value: m.geboortedatum, type: 'date' });
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
