/**
 * A melding draft as the extension keeps it: what the signal gave (prefill) and what the school added
 * (input), for one pupil and one recipient. From it come the fields the form filler fills, the list of
 * what is still missing, and the text that is printed or copied. The schema validates drafts read
 * back from a backup file.
 */
import { z } from '../zod.ts';
import type { FieldSpec } from '../forms/fill.ts';
import { isoDateSchema } from '../model.ts';
import { formatDate } from '../explain.ts';
import {
  DUO_LIMITS,
  duoDraft,
  duoFields,
  duoProblems,
  swvDraft,
  swvFields,
  swvProblems,
  type DuoPrefill,
  type DuoUserInput,
  type SwvPrefill,
  type SwvUserInput,
} from './drafts.ts';
import { maskPersonNumber } from './identifiers.ts';
import { VERZUIMSOORTEN } from './verzuimsoort.ts';

export const MELDING_KINDS = ['leerplicht', 'swv'] as const;
export type MeldingKind = (typeof MELDING_KINDS)[number];

export const MELDING_TITLES: Record<MeldingKind, string> = {
  leerplicht: 'Verzuimmelding leerplicht (DUO)',
  swv: 'Melding samenwerkingsverband',
};

const text = (max: number) => z.string().max(max);
const melder = z.object({
  naam: text(DUO_LIMITS.melderNaam), functie: text(DUO_LIMITS.melderFunctie), telefoon: text(DUO_LIMITS.melderTelefoon), email: text(DUO_LIMITS.melderEmail),
});

const duoPrefillSchema = z.object({
  verzuimsoort: z.enum(Object.keys(VERZUIMSOORTEN) as [keyof typeof VERZUIMSOORTEN, ...(keyof typeof VERZUIMSOORTEN)[]]),
  begindatum: isoDateSchema,
  einddatum: isoDateSchema.optional(),
  alleLessenGemist: z.boolean(),
  verzuimspecificatie: z.array(z.object({ date: isoDateSchema, hours: z.number().min(0).max(24).optional(), wholeDay: z.boolean() })).max(400),
});

const duoInputSchema = z.object({
  personNumber: z.object({ kind: z.enum(['bsn', 'onderwijsnummer']), value: z.string().regex(/^\d{9}$/) }).optional(),
  leslocatie: text(100),
  melder,
  vermoedelijkeReden: text(DUO_LIMITS.vermoedelijkeReden),
  ondernomenActie: text(DUO_LIMITS.ondernomenActie),
  actieGemeenteGewenst: z.boolean(),
  toelichtingActie: text(DUO_LIMITS.toelichtingActie).optional(),
  telefoonOuder: text(30).optional(),
});

const swvPrefillSchema = z.object({
  naam: text(200),
  geboortedatum: isoDateSchema.optional(),
  school: text(120),
  groep: text(40),
  startdatumThuiszitten: isoDateSchema,
  signaal: text(5000),
});

const swvInputSchema = z.object({ schoolActions: text(5000), betrokkenen: z.array(text(60)).max(20), wensen: text(5000), contactpersoon: text(200) });

const common = {
  id: z.string().min(1).max(64),
  pupilId: z.string().min(1).max(64),
  pupilName: text(200),
  /** The signal the melding is about, as the sidebar titled it, with its explanation. */
  signalTitle: text(200),
  explanation: z.array(text(1000)).max(40),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
};

export const meldingDraftSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('leerplicht'), prefill: duoPrefillSchema, input: duoInputSchema }),
  z.object({ ...common, kind: z.literal('swv'), prefill: swvPrefillSchema, input: swvInputSchema }),
]);
export type MeldingDraft = z.infer<typeof meldingDraftSchema>;
// The schema and the builders' types describe the same thing.
type Same<A, B> = A extends B ? (B extends A ? true : never) : never;
const _duo: Same<z.infer<typeof duoPrefillSchema>, DuoPrefill> = true;
const _swv: Same<z.infer<typeof swvInputSchema>, SwvUserInput> = true;
void _duo;
void _swv;

function duoInputOf(d: Extract<MeldingDraft, { kind: 'leerplicht' }>): DuoUserInput & { prefill: DuoPrefill } {
  return { ...d.input, prefill: d.prefill };
}

function swvInputOf(d: Extract<MeldingDraft, { kind: 'swv' }>): SwvPrefill & SwvUserInput {
  return { ...d.prefill, ...d.input };
}

/** What the user still has to add or correct before the melding is complete. */
export function draftProblems(draft: MeldingDraft): string[] {
  return draft.kind === 'leerplicht' ? duoProblems(draft.input) : swvProblems(swvInputOf(draft));
}

/**
 * The fields the filler looks for. An SWV draft whose text holds a BSN-like number gives no fields at
 * all: such a number must never reach a samenwerkingsverband's form.
 */
export function draftFields(draft: MeldingDraft): { ok: true; fields: FieldSpec[] } | { ok: false; problem: string } {
  if (draft.kind === 'leerplicht') return { ok: true, fields: duoFields(duoDraft(duoInputOf(draft))) };
  const leak = swvProblems(swvInputOf(draft)).find((p) => p.includes('BSN'));
  if (leak) return { ok: false, problem: leak };
  return { ok: true, fields: swvFields(swvDraft(swvInputOf(draft))) };
}

export interface DraftRow {
  label: string;
  value: string;
}

const yesNo = (value: boolean) => (value ? 'ja' : 'nee');
const dateOr = (iso: string | undefined, missing: string) => (iso ? formatDate(iso) : missing);

/** The melding as label–value rows: the print view and the copied text. The BSN is masked unless asked for. */
export function draftRows(draft: MeldingDraft, options: { showNumber?: boolean } = {}): DraftRow[] {
  if (draft.kind === 'leerplicht') {
    const { prefill: p, input: i } = draft;
    const number = i.personNumber ? (options.showNumber ? i.personNumber.value : maskPersonNumber(i.personNumber.value)) : '(nog invullen)';
    return [
      { label: 'Leerling', value: draft.pupilName },
      { label: i.personNumber?.kind === 'onderwijsnummer' ? 'Onderwijsnummer' : 'BSN', value: number },
      { label: 'Soort verzuim', value: VERZUIMSOORTEN[p.verzuimsoort] },
      { label: 'Begindatum verzuim', value: formatDate(p.begindatum) },
      { label: 'Einddatum verzuim', value: dateOr(p.einddatum, 'nog niet bekend (de leerling is nog niet terug)') },
      { label: 'Alle lessen gemist', value: yesNo(p.alleLessenGemist) },
      {
        label: 'Verzuimspecificatie',
        value: p.verzuimspecificatie.map((d) => `${formatDate(d.date)}: ${d.wholeDay ? 'hele dag' : `${d.hours ?? '?'} uur`}`).join('; '),
      },
      { label: 'Vermoedelijke reden verzuim', value: i.vermoedelijkeReden },
      { label: 'Door school ondernomen actie', value: i.ondernomenActie },
      { label: 'Actie door gemeente gewenst', value: yesNo(i.actieGemeenteGewenst) },
      ...(i.actieGemeenteGewenst ? [] : [{ label: 'Toelichting', value: i.toelichtingActie ?? '' }]),
      { label: 'Naam leslocatie', value: i.leslocatie },
      { label: 'Melder', value: [i.melder.naam, i.melder.functie, i.melder.telefoon, i.melder.email].filter(Boolean).join(', ') },
      { label: 'Telefoonnummer ouder', value: i.telefoonOuder ?? '' },
    ];
  }
  const { prefill: p, input: i } = draft;
  return [
    { label: 'Naam leerling', value: p.naam },
    { label: 'Geboortedatum', value: dateOr(p.geboortedatum, '') },
    { label: 'School', value: p.school },
    { label: 'Groep / leerjaar', value: p.groep },
    { label: 'Startdatum thuiszitten', value: formatDate(p.startdatumThuiszitten) },
    { label: 'Signaal', value: p.signaal },
    { label: 'Wat heeft de school gedaan', value: i.schoolActions },
    { label: 'Betrokkenen', value: i.betrokkenen.join(', ') },
    { label: 'Wensen van leerling en ouders', value: i.wensen },
    { label: 'Contactpersoon school', value: i.contactpersoon },
  ];
}

export function draftText(draft: MeldingDraft, options: { showNumber?: boolean } = {}): string {
  const rows = draftRows(draft, options).map((r) => `${r.label}: ${r.value || '—'}`);
  return [MELDING_TITLES[draft.kind], ...rows].join('\n');
}
