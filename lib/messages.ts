/**
 * The messages between the content script and the background. The background validates every
 * request with zod before anything else; its answers are built by the extension itself and rendered
 * as text only. Kept apart from the view builder so the content script stays small (types only).
 */
import { z } from './zod.ts';
import { SYSTEMS } from './hosts/types.ts';
import type { CaseView } from './cases.ts';
import { MELDING_KINDS } from './meldingen/record.ts';
import { absenceRecordSchema, isoDateSchema, pupilSchema, type AbsenceRecord, type Pupil } from './model.ts';
import type { SignalKind } from './rules/signal.ts';

/** The content script's request; the background validates it before anything else. */
const reading = {
  url: z.string().max(2000),
  system: z.enum(SYSTEMS),
  kind: z.enum(['leerling', 'groep']),
  // Each pupil and record is validated on its own (readItems): one bad item never sinks the page's reading.
  pupils: z.array(z.unknown()).max(20_000),
  records: z.array(z.unknown()).max(200_000),
  lang: z.enum(['nl', 'en']).optional(),
  /** What the reader knows beyond the records (lib/coverage.ts PageInfo). */
  info: z
    .object({
      source: z.enum(['gegevens', 'opmaak', 'geleerd']),
      skipped: z.number().int().min(0).max(10_000_000),
      partial: z.object({ shown: z.number().int().min(0).max(10_000_000), total: z.number().int().min(1).max(10_000_000) }).optional(),
      paged: z.boolean().optional(),
      period: z.object({ from: isoDateSchema, label: z.string().max(40) }).optional(),
      truncated: z.object({ bound: z.number().int().min(1).max(10_000_000) }).optional(),
    })
    .optional(),
};
const pupilId = z.string().trim().min(1).max(64);

export const assessRequestSchema = z.object({ type: z.literal('assess'), ...reading });
export type AssessRequest = z.infer<typeof assessRequestSchema>;

/**
 * Every request a content script can make. The page's reading comes along with a melding or a case,
 * so the background works from what it assessed itself, never from a signal the page could forge.
 */
export const requestSchema = z.discriminatedUnion('type', [
  assessRequestSchema,
  z.object({
    type: z.literal('melding'),
    melding: z.enum(MELDING_KINDS),
    pupilId,
    /** A BSN or onderwijsnummer the page showed; only used for the DUO melding. */
    personNumber: z.object({ kind: z.enum(['bsn', 'onderwijsnummer']), value: z.string().max(20) }).optional(),
    ...reading,
  }),
  z.object({ type: z.literal('follow'), pupilId, ...reading }),
  z.object({ type: z.literal('open'), page: z.enum(['zaak', 'overzicht', 'instellingen']), id: z.string().max(64).optional() }),
  z.object({ type: z.literal('fill-draft'), melding: z.enum(MELDING_KINDS) }),
  /** An extension page changed a case: count the overdue terms on the toolbar button again. */
  z.object({ type: z.literal('refresh-badge') }),
  z.object({
    type: z.literal('filled'),
    draftId: z.string().max(64),
    host: z.string().max(255),
    filled: z.array(z.string().max(120)).max(200),
    missing: z.array(z.string().max(120)).max(200),
  }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
/** The request of one kind, as its zod schema defines it. */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/**
 * The pupils and records of a page's reading, each validated on its own: what fails validation (a date
 * such as 9999-99-99, an impossible range, an unknown category) is left out and counted.
 */
export function readItems(request: { pupils: readonly unknown[]; records: readonly unknown[] }): { pupils: Pupil[]; records: AbsenceRecord[]; invalid: number } {
  const pupils: Pupil[] = [];
  const records: AbsenceRecord[] = [];
  let invalid = 0;
  for (const raw of request.pupils) {
    const parsed = pupilSchema.safeParse(raw);
    if (parsed.success) pupils.push(parsed.data);
    else invalid++;
  }
  for (const raw of request.records) {
    const parsed = absenceRecordSchema.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else invalid++;
  }
  return { pupils, records, invalid };
}

/** The fill button's answer: the most recent draft of the kind, as field specs for lib/forms/fill.ts. */
export type FillDraftResponse =
  | { ok: true; draftId: string; pupilName: string; title: string; complete: boolean; fields: { key: string; labels: string[]; value: string | boolean; type?: 'text' | 'date' | 'choice' | 'yesno' }[] }
  | { ok: false; error: string };

export type ActionResponse = { ok: true; id?: string } | { ok: false; error: string };

export interface SignalView {
  kind: SignalKind;
  since: string;
  title: string;
  short: string;
  details: string[];
  /** For the 16-uur (and RMC) signal: every meldmoment of the school year with its status, oldest first. */
  moments?: { begin: string; end: string; deadline: string; status: 'gemeld' | 'afgezien' | 'open' | 'verlopen'; gemeldOp?: string; text: string }[];
}

export interface PupilView {
  id: string;
  name: string;
  level: SignalKind | 'geen';
  /** The badge's text: the most serious signal's short line, or "geen signaal". */
  badge: string;
  signals: SignalView[];
  leerplicht: string;
  excluded: { kind: SignalKind; title: string; reason: string }[];
  steps: { protocol?: string; items: { phase: string; text: string; term?: string }[] };
  /** Whether each melding can be made, and why not (a pupil who is not yet leerplichtig: SWV only). */
  meldingen: { leerplicht: { ok: boolean; reason?: string }; swv: { ok: boolean; reason?: string } };
  /** The pupil's open case, when the school follows one. */
  case?: CaseView;
  /** What could not be judged or needs checking ("schooltijden niet ingesteld", an unknown vrijstelling). */
  notes: { kind: string; text: string }[];
}

export interface CoverageView {
  records: number;
  from?: string;
  until: string;
  complete: boolean;
  /** "Gelezen: 153 registraties, 26 okt t/m 30 nov, uit de gegevens van de pagina." */
  summary: string;
  problems: string[];
}

export interface AssessView {
  peildatum: string;
  /** What the page's reading covered, so that "no signal" can be trusted or not. */
  coverage?: CoverageView;
  /** The last day assessed; before today when today has no registrations yet ("t/m gisteren"). */
  evaluatedUntil: string;
  /** Whether the school's schooltijden are missing for some weekday (PO without schooltijden). */
  timetableMissing: boolean;
  pupils: PupilView[];
  warnings: string[];
}

export type AssessResponse = ({ ok: true } & AssessView) | { ok: false; error: string };

/** What the background answers to each kind of request: send() and the handler both follow this table. */
export interface ResponseOf {
  assess: AssessResponse;
  melding: ActionResponse;
  follow: ActionResponse;
  open: ActionResponse;
  'fill-draft': FillDraftResponse;
  'refresh-badge': ActionResponse;
  filled: ActionResponse;
}
