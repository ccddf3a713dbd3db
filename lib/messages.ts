/**
 * The messages between the content script and the background, validated with zod on arrival in both
 * directions. Kept apart from the view builder so the content script stays small.
 */
import { z } from 'zod';
import { SYSTEMS } from './adapters/types.ts';
import { absenceRecordSchema, pupilSchema } from './model.ts';
import { SIGNAL_KINDS, type SignalKind } from './rules/signal.ts';

/** The content script's request; the background validates it before anything else. */
export const assessRequestSchema = z.object({
  type: z.literal('assess'),
  url: z.string().max(2000),
  system: z.enum(SYSTEMS),
  kind: z.enum(['leerling', 'groep']),
  pupils: z.array(pupilSchema).max(20_000),
  records: z.array(absenceRecordSchema).max(200_000),
  lang: z.enum(['nl', 'en']).optional(),
});
export type AssessRequest = z.infer<typeof assessRequestSchema>;

export interface SignalView {
  kind: SignalKind;
  since: string;
  title: string;
  short: string;
  details: string[];
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
}

export interface AssessView {
  peildatum: string;
  pupils: PupilView[];
  warnings: string[];
}

export type AssessResponse = ({ ok: true } & AssessView) | { ok: false; error: string };

export const responseSchema = z.union([
  z.object({ ok: z.literal(false), error: z.string() }),
  z.object({
    ok: z.literal(true),
    peildatum: z.string(),
    warnings: z.array(z.string()),
    pupils: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: z.enum([...SIGNAL_KINDS, 'geen']),
        badge: z.string(),
        signals: z.array(z.object({ kind: z.enum(SIGNAL_KINDS), since: z.string(), title: z.string(), short: z.string(), details: z.array(z.string()) })),
        leerplicht: z.string(),
        excluded: z.array(z.object({ kind: z.enum(SIGNAL_KINDS), title: z.string(), reason: z.string() })),
        steps: z.object({
          protocol: z.string().optional(),
          items: z.array(z.object({ phase: z.string(), text: z.string(), term: z.string().optional() })),
        }),
      }),
    ),
  }),
]);

