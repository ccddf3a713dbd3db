/**
 * Each melding kind as one table of its fields: its name in messages, its label (nl/en), the wordings
 * forms use for it (the filler's label set: the DUO Verzuimloket, ParnasSys, Kindkans-style portals),
 * its type, length limit, whether it is required and where its value comes from. The draft's schema
 * (record.ts), the checks and the filler's fields (drafts.ts), the draft form, the print view and the
 * copied text are all made from these tables, so a field is described once.
 * DUO limits: RULES.md §2.3 (vermoedelijke reden 200, melder naam 100, functie 60, e-mail 100); the
 * others are the product's choice within what the Verzuimloket accepts.
 */
export type FieldSource = 'signaal' | 'pagina' | 'instellingen' | 'gebruiker';

export interface MeldingField {
  key: string;
  /** In messages: "Vermoedelijke reden is verplicht." */
  name: string;
  label: { nl: string; en: string };
  /** How forms name the field, lower case, for the filler (lib/forms/fill.ts). */
  formLabels: readonly string[];
  type: 'text' | 'longtext' | 'date' | 'choice' | 'yesno' | 'tel' | 'email' | 'number';
  max?: number;
  required?: boolean;
  from: FieldSource;
}

const field = <K extends string, F extends Omit<MeldingField, 'key'>>(key: K, f: F): F & { key: K } => ({ key, ...f });

/** The DUO verzuimmelding (Besluit Verzuimmelding; RULES.md §2.3), in the order of the Verzuimloket. */
export const DUO_FIELDS = {
  persoonsgebondenNummer: field('persoonsgebondenNummer', {
    name: 'BSN of onderwijsnummer', label: { nl: 'BSN of onderwijsnummer', en: 'BSN or onderwijsnummer' },
    formLabels: ['bsn', 'burgerservicenummer', 'persoonsgebonden nummer', 'sofinummer'], type: 'text', required: true, from: 'pagina',
  }),
  verzuimsoort: field('verzuimsoort', {
    name: 'Soort verzuim', label: { nl: 'Soort verzuim', en: 'Kind of absence' },
    formLabels: ['soort verzuim', 'verzuimsoort', 'vermoedelijke soort verzuim'], type: 'choice', required: true, from: 'signaal',
  }),
  begindatum: field('begindatum', {
    name: 'Begindatum', label: { nl: 'Begindatum verzuim', en: 'First day of absence' },
    formLabels: ['begindatum verzuim', 'begindatum', 'datum begin verzuim', 'eerste verzuimdag'], type: 'date', required: true, from: 'signaal',
  }),
  einddatum: field('einddatum', {
    name: 'Einddatum', label: { nl: 'Einddatum verzuim', en: 'Last day of absence' },
    formLabels: ['einddatum verzuim', 'einddatum', 'datum einde verzuim'], type: 'date', from: 'signaal',
  }),
  alleLessenGemist: field('alleLessenGemist', {
    name: 'Alle lessen gemist', label: { nl: 'Alle lessen gemist', en: 'All lessons missed' }, formLabels: ['alle lessen gemist'], type: 'yesno', from: 'signaal',
  }),
  verzuimspecificatie: field('verzuimspecificatie', {
    name: 'Verzuimspecificatie', label: { nl: 'Verzuimspecificatie', en: 'Absence per day' }, formLabels: [], type: 'longtext', from: 'signaal',
  }),
  vermoedelijkeReden: field('vermoedelijkeReden', {
    name: 'Vermoedelijke reden', label: { nl: 'Vermoedelijke reden verzuim', en: 'Presumed reason for the absence' },
    formLabels: ['vermoedelijke reden verzuim', 'vermoedelijke reden', 'reden verzuim'], type: 'longtext', max: 200, required: true, from: 'gebruiker',
  }),
  ondernomenActie: field('ondernomenActie', {
    name: 'Door school ondernomen actie', label: { nl: 'Door school ondernomen actie', en: 'Action taken by the school' },
    formLabels: ['door school ondernomen actie', 'ondernomen actie', 'toelichting ondernomen actie'], type: 'longtext', max: 1000, required: true, from: 'gebruiker',
  }),
  actieGemeenteGewenst: field('actieGemeenteGewenst', {
    name: 'Actie door gemeente gewenst', label: { nl: 'Actie door gemeente gewenst', en: 'Action by the municipality wanted' },
    formLabels: ['actie door gemeente gewenst', 'actie gemeente gewenst', 'actie gewenst'], type: 'yesno', from: 'gebruiker',
  }),
  toelichtingActie: field('toelichtingActie', {
    name: 'Toelichting', label: { nl: 'Toelichting: waarom geen actie van de gemeente', en: 'Why no action by the municipality' },
    formLabels: ['toelichting actie gewenst', 'toelichting geen actie', 'toelichting'], type: 'longtext', max: 1000, from: 'gebruiker',
  }),
  telefoonOuder: field('telefoonOuder', {
    name: 'Telefoonnummer ouder', label: { nl: 'Telefoonnummer ouder of leerling (optioneel)', en: 'Phone number of parent or pupil (optional)' },
    formLabels: ['telefoonnummer ouder', 'telefoon ouder', 'telefoonnummer ouder leerling'], type: 'tel', max: 30, from: 'gebruiker',
  }),
  leslocatie: field('leslocatie', {
    name: 'Naam leslocatie', label: { nl: 'Naam leslocatie', en: 'Name of the school location' },
    formLabels: ['naam leslocatie', 'leslocatie', 'locatie'], type: 'choice', max: 100, required: true, from: 'instellingen',
  }),
  melderNaam: field('melderNaam', {
    name: 'Naam melder', label: { nl: 'Naam melder', en: 'Name of the reporter' }, formLabels: ['naam melder', 'melder', 'contactpersoon'], type: 'text', max: 100, required: true, from: 'instellingen',
  }),
  melderFunctie: field('melderFunctie', {
    name: 'Functie melder', label: { nl: 'Functie melder', en: 'Role of the reporter' }, formLabels: ['functie melder', 'functie'], type: 'text', max: 60, from: 'instellingen',
  }),
  melderTelefoon: field('melderTelefoon', {
    name: 'Telefoonnummer melder', label: { nl: 'Telefoonnummer melder', en: 'Phone number of the reporter' },
    formLabels: ['telefoonnummer melder', 'telefoon melder'], type: 'tel', max: 30, from: 'instellingen',
  }),
  melderEmail: field('melderEmail', {
    name: 'E-mailadres melder', label: { nl: 'E-mailadres melder', en: 'E-mail address of the reporter' },
    formLabels: ['e mailadres melder', 'email melder', 'e mail melder', 'e mailadres'], type: 'email', max: 100, required: true, from: 'instellingen',
  }),
} as const;

/** What forms call an onderwijsnummer (the BSN's wordings are in the table). */
export const ONDERWIJSNUMMER_LABELS = ['onderwijsnummer', 'persoonsgebonden nummer'] as const;

/** The melding to the samenwerkingsverband (never a BSN or onderwijsnummer: RULES.md §3.2). */
export const SWV_FIELDS = {
  naam: field('naam', { name: 'Naam leerling', label: { nl: 'Naam leerling', en: 'Pupil’s name' }, formLabels: ['naam leerling', 'naam', 'leerling'], type: 'text', max: 200, from: 'pagina' }),
  geboortedatum: field('geboortedatum', { name: 'Geboortedatum', label: { nl: 'Geboortedatum', en: 'Date of birth' }, formLabels: ['geboortedatum'], type: 'date', from: 'pagina' }),
  school: field('school', {
    name: 'School', label: { nl: 'School', en: 'School' }, formLabels: ['school', 'naam school', 'school van inschrijving'], type: 'text', max: 120, from: 'instellingen',
  }),
  groep: field('groep', {
    name: 'Groep / leerjaar', label: { nl: 'Groep / leerjaar', en: 'Group / year' }, formLabels: ['groep', 'leerjaar', 'groep leerjaar', 'klas'], type: 'text', max: 40, from: 'pagina',
  }),
  startdatum: field('startdatum', {
    name: 'Startdatum thuiszitten', label: { nl: 'Startdatum thuiszitten', en: 'First day at home' },
    formLabels: ['startdatum thuiszitten', 'datum thuiszitten', 'eerste dag niet op school', 'startdatum'], type: 'date', required: true, from: 'signaal',
  }),
  signaal: field('signaal', {
    name: 'Signaal', label: { nl: 'Signaal en toelichting', en: 'Signal and explanation' },
    formLabels: ['reden aanmelding', 'hulpvraag', 'omschrijving situatie', 'situatie'], type: 'longtext', max: 5000, from: 'signaal',
  }),
  schoolActions: field('schoolActions', {
    name: 'Wat heeft de school gedaan?', label: { nl: 'Wat heeft de school gedaan?', en: 'What did the school do?' },
    formLabels: ['wat heeft de school gedaan', 'ondernomen acties', 'inzet school'], type: 'longtext', max: 5000, required: true, from: 'gebruiker',
  }),
  betrokkenen: field('betrokkenen', { name: 'Betrokkenen', label: { nl: 'Betrokkenen', en: 'Involved' }, formLabels: [], type: 'yesno', from: 'gebruiker' }),
  wensen: field('wensen', {
    name: 'Wensen van leerling en ouders', label: { nl: 'Wensen van leerling en ouders', en: 'Wishes of pupil and parents' },
    formLabels: ['wensen leerling en ouders', 'wensen ouders', 'wensen'], type: 'longtext', max: 5000, from: 'gebruiker',
  }),
  contactpersoon: field('contactpersoon', {
    name: 'Contactpersoon', label: { nl: 'Contactpersoon school', en: 'Contact person at school' },
    formLabels: ['contactpersoon school', 'contactpersoon'], type: 'text', max: 200, required: true, from: 'instellingen',
  }),
} as const;

/** The filler's type for a field (lib/forms/fill.ts FieldSpec['type']). */
export function fillType(f: MeldingField): 'text' | 'date' | 'choice' | 'yesno' | undefined {
  return f.type === 'date' || f.type === 'choice' || f.type === 'yesno' ? f.type : undefined;
}

/** "X is verplicht." / "X is te lang (ten hoogste N tekens)." for each text field that needs it, in the order given. */
export function textProblems(fields: readonly (readonly [MeldingField, string | undefined])[]): string[] {
  const problems: string[] = [];
  for (const [f, value] of fields) {
    const text = value?.trim() ?? '';
    if (!text) {
      if (f.required) problems.push(`${f.name} is verplicht.`);
    } else if (f.max !== undefined && text.length > f.max) {
      problems.push(`${f.name} is te lang (ten hoogste ${f.max} tekens).`);
    }
  }
  return problems;
}
