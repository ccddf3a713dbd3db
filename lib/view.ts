/**
 * What the page shows of an assessment: per pupil the badge text, each signal with its explanation,
 * the leerplicht status and the protocol's next steps. Built where the rules run (the background) so
 * the content script only renders text.
 */
import { z } from 'zod';
import { SYSTEMS } from './adapters/types.ts';
import { explainLeerplicht, explainSignal, signalTitle, type Lang } from './explain.ts';
import { absenceRecordSchema, pupilSchema } from './model.ts';
import { nextSteps } from './protocols.ts';
import type { Assessment } from './rules/assess.ts';
import { SIGNAL_KINDS, type SignalKind } from './rules/signal.ts';

/** The content script's request; the background validates it before anything else. */
export const assessRequestSchema = z.object({
  type: z.literal('assess'),
  url: z.string().max(2000),
  system: z.enum(SYSTEMS),
  kind: z.enum(['leerling', 'groep']),
  pupils: z.array(pupilSchema).max(20_000),
  records: z.array(absenceRecordSchema).max(200_000),
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

export function assessmentView(assessment: Assessment, presetId: string, lang: Lang = 'nl'): AssessView {
  return {
    peildatum: assessment.peildatum,
    warnings: assessment.warnings,
    pupils: assessment.pupils.map((p) => {
      const signals = p.signals.map((s) => {
        const e = explainSignal(s, lang);
        return { kind: s.kind, since: s.since, title: e.title, short: e.short, details: e.details };
      });
      const { protocol, legal } = nextSteps(presetId, p.signals.map((s) => s.kind));
      return {
        id: p.pupil.id,
        name: p.pupil.name,
        level: p.level,
        badge: signals[0]?.short ?? (lang === 'nl' ? 'Geen signaal' : 'No signal'),
        signals,
        leerplicht: explainLeerplicht(p.leerplicht, lang),
        excluded: p.excluded.map((e) => ({ kind: e.kind, title: signalTitle(e.kind, lang), reason: e.reason })),
        steps: signals.length > 0 ? { protocol: protocol?.name, items: [...legal, ...(protocol?.steps ?? [])] } : { items: [] },
      };
    }),
  };
}
