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
import { DUO_FIELDS as D, SWV_FIELDS as S, type MeldingField } from './fields.ts';
import { maskPersonNumber } from './identifiers.ts';
import { nl } from '../i18n/nl.ts';
import { VERZUIMSOORTEN } from './verzuimsoort.ts';

export const MELDING_KINDS = ['leerplicht', 'swv'] as const;
export type MeldingKind = (typeof MELDING_KINDS)[number];

/** The melding kinds' names (lib/i18n: the extension pages speak Dutch). */
export const MELDING_TITLES: Record<MeldingKind, string> = nl.fill.titles;

const text = (max: number) => z.string().max(max);
/** A text field of the melding, as long as its table allows (fields.ts). */
const textOf = (f: MeldingField) => z.string().max(f.max ?? 5000);
const melder = z.object({ naam: textOf(D.melderNaam), functie: textOf(D.melderFunctie), telefoon: textOf(D.melderTelefoon), email: textOf(D.melderEmail) });

const duoPrefillSchema = z.object({
  verzuimsoort: z.enum(Object.keys(VERZUIMSOORTEN) as [keyof typeof VERZUIMSOORTEN, ...(keyof typeof VERZUIMSOORTEN)[]]),
  begindatum: isoDateSchema,
  einddatum: isoDateSchema.optional(),
  alleLessenGemist: z.boolean(),
  verzuimspecificatie: z.array(z.object({ date: isoDateSchema, hours: z.number().min(0).max(24).optional(), wholeDay: z.boolean() })).max(400),
});

const duoInputSchema = z.object({
  personNumber: z.object({ kind: z.enum(['bsn', 'onderwijsnummer']), value: z.string().regex(/^\d{9}$/) }).optional(),
  leslocatie: textOf(D.leslocatie),
  melder,
  vermoedelijkeReden: textOf(D.vermoedelijkeReden),
  ondernomenActie: textOf(D.ondernomenActie),
  actieGemeenteGewenst: z.boolean(),
  toelichtingActie: textOf(D.toelichtingActie).optional(),
  telefoonOuder: textOf(D.telefoonOuder).optional(),
});

const swvPrefillSchema = z.object({
  naam: textOf(S.naam),
  geboortedatum: isoDateSchema.optional(),
  school: textOf(S.school),
  groep: textOf(S.groep),
  startdatumThuiszitten: isoDateSchema,
  signaal: textOf(S.signaal),
});

const swvInputSchema = z.object({
  schoolActions: textOf(S.schoolActions), betrokkenen: z.array(text(60)).max(20), wensen: textOf(S.wensen), contactpersoon: textOf(S.contactpersoon),
});

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
      { label: D.verzuimsoort.label.nl, value: VERZUIMSOORTEN[p.verzuimsoort] },
      { label: D.begindatum.label.nl, value: formatDate(p.begindatum) },
      { label: D.einddatum.label.nl, value: dateOr(p.einddatum, 'nog niet bekend (de leerling is nog niet terug)') },
      { label: D.alleLessenGemist.label.nl, value: yesNo(p.alleLessenGemist) },
      {
        label: D.verzuimspecificatie.label.nl,
        value: p.verzuimspecificatie.map((d) => `${formatDate(d.date)}: ${d.wholeDay ? 'hele dag' : `${d.hours ?? '?'} uur`}`).join('; '),
      },
      { label: D.vermoedelijkeReden.label.nl, value: i.vermoedelijkeReden },
      { label: D.ondernomenActie.label.nl, value: i.ondernomenActie },
      { label: D.actieGemeenteGewenst.label.nl, value: yesNo(i.actieGemeenteGewenst) },
      ...(i.actieGemeenteGewenst ? [] : [{ label: D.toelichtingActie.name, value: i.toelichtingActie ?? '' }]),
      { label: D.leslocatie.label.nl, value: i.leslocatie },
      { label: 'Melder', value: [i.melder.naam, i.melder.functie, i.melder.telefoon, i.melder.email].filter(Boolean).join(', ') },
      { label: D.telefoonOuder.name, value: i.telefoonOuder ?? '' },
    ];
  }
  const { prefill: p, input: i } = draft;
  return [
    { label: S.naam.label.nl, value: p.naam },
    { label: S.geboortedatum.label.nl, value: dateOr(p.geboortedatum, '') },
    { label: S.school.label.nl, value: p.school },
    { label: S.groep.label.nl, value: p.groep },
    { label: S.startdatum.label.nl, value: formatDate(p.startdatumThuiszitten) },
    { label: S.signaal.name, value: p.signaal },
    { label: S.schoolActions.label.nl.replace(/\?$/, ''), value: i.schoolActions },
    { label: S.betrokkenen.label.nl, value: i.betrokkenen.join(', ') },
    { label: S.wensen.label.nl, value: i.wensen },
    { label: S.contactpersoon.label.nl, value: i.contactpersoon },
  ];
}

export function draftText(draft: MeldingDraft, options: { showNumber?: boolean } = {}): string {
  const rows = draftRows(draft, options).map((r) => `${r.label}: ${r.value || '—'}`);
  return [MELDING_TITLES[draft.kind], ...rows].join('\n');
}
