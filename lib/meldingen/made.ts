/**
 * Meldingen as facts: what the school reported, when, and what became of it. The rules take these as
 * input, so a signal says which meldmomenten are reported and which are still open or overdue.
 *
 * Decided reading (README "Besliste lezingen"): DUO takes one melding per period of absence, and its
 * begindatum is the period's first day (RULES.md §2.2). So a made leerplicht melding reports the
 * earliest meldmoment not yet reported whose period holds its begindatum (begin to einddatum), or,
 * with an einddatum, overlaps its begin- to einddatum. A melding of langdurig relatief verzuim without
 * an einddatum is still running: it reports every meldmoment from its begindatum on.
 */
import { z } from '../zod.ts';
import { isoDateSchema, type IsoDate } from '../model.ts';
import { VERZUIMSOORTEN, type Verzuimsoort } from './verzuimsoort.ts';

export const MELDING_STATUSES = ['geregistreerd', 'in-behandeling', 'afgesloten'] as const;
export type MeldingStatus = (typeof MELDING_STATUSES)[number];
export const MELDING_STATUS_LABELS: Record<MeldingStatus, string> = {
  geregistreerd: 'Geregistreerd', 'in-behandeling': 'In behandeling', afgesloten: 'Afgesloten',
};

const verzuimsoorten = Object.keys(VERZUIMSOORTEN) as [Verzuimsoort, ...Verzuimsoort[]];

export const madeMeldingSchema = z
  .object({
    id: z.string().min(1).max(120),
    pupilId: z.string().min(1).max(120),
    pupilName: z.string().max(200).optional(),
    kind: z.enum(['leerplicht', 'swv']),
    verzuimsoort: z.enum(verzuimsoorten).optional(),
    begindatum: isoDateSchema,
    /** Set later when the pupil returns (DUO asks for it for a melding of langdurig relatief verzuim). */
    einddatum: isoDateSchema.optional(),
    gemeldOp: isoDateSchema,
    /** DUO's meldingsnummer, when the school types it. */
    meldingsnummer: z.string().max(40).optional(),
    status: z.enum(MELDING_STATUSES),
    afgeslotenReden: z.string().max(500).optional(),
    /** Not reported on purpose: the meldmoment is decided ("afgezien") with this reason, not open. */
    afgezien: z.object({ reden: z.string().trim().min(3, 'geef een reden').max(500) }).optional(),
    source: z.enum(['extensie', 'import']),
  })
  .refine((m) => !m.einddatum || m.einddatum >= m.begindatum, { message: 'einddatum ligt voor de begindatum', path: ['einddatum'] });
export type MadeMelding = z.infer<typeof madeMeldingSchema>;

/** For each meldmoment (oldest first), the made melding that reports it, if any (see the decided reading above). */
export function coverMoments(moments: readonly { begin: IsoDate; end: IsoDate }[], made: readonly MadeMelding[]): (MadeMelding | undefined)[] {
  const covered: (MadeMelding | undefined)[] = moments.map(() => undefined);
  const leerplicht = made.filter((m) => m.kind === 'leerplicht').sort((a, b) => (a.begindatum < b.begindatum ? -1 : 1));
  for (const m of leerplicht) {
    const running = m.verzuimsoort === 'lrv' && !m.einddatum && m.status !== 'afgesloten' && !m.afgezien;
    const until = m.einddatum ?? m.begindatum;
    moments.forEach((moment, i) => {
      if (covered[i]) return;
      if (running ? moment.end >= m.begindatum : moment.begin <= until && moment.end >= m.begindatum) {
        if (!running && covered.includes(m)) return;
        covered[i] = m;
      }
    });
  }
  return covered;
}

/** Made meldingen per pupil id. */
export function madeByPupil(made: readonly MadeMelding[]): Map<string, MadeMelding[]> {
  const byPupil = new Map<string, MadeMelding[]>();
  for (const m of made) {
    const list = byPupil.get(m.pupilId);
    if (list) list.push(m);
    else byPupil.set(m.pupilId, [m]);
  }
  return byPupil;
}

/** "16 uur", "16 uur in 4 weken", "lrv", "Langdurig relatief verzuim" … → the verzuimsoort. */
export function parseVerzuimsoort(text: string): Verzuimsoort | undefined {
  const t = text.trim().toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (/^16( uur)?/.test(t) || t.includes('meldplicht')) return '16-uur';
  if (t === 'lrv' || t.includes('langdurig')) return 'lrv';
  if (t.includes('luxe')) return 'luxe';
  if (t === 'rmc' || t.includes('rmc')) return 'rmc';
  if (t.includes('overig')) return 'overig';
  return undefined;
}
