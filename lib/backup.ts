/**
 * The full backup of the extension's data, as one JSON file: the database's tables and the school's
 * settings. Restoring validates the whole file first; a broken or foreign file changes nothing.
 */
import { madeMeldingSchema } from './meldingen/made.ts';
import { acknowledgementSchema } from './worklist.ts';
import { z } from './zod.ts';
import { CASE_DATES, PHASES } from './cases.ts';
import { INSPECTIE_CATEGORIES } from './export/inspectie.ts';
import { ownHostsSchema, parseHostInput } from './ownHosts.ts';
import { LOG_ACTIONS } from './log.ts';
import { isoDateSchema } from './model.ts';
import { meldingDraftSchema } from './meldingen/record.ts';
import { SIGNAL_KINDS } from './rules/signal.ts';
import { resolveSettings, settingsInputSchema, type SettingsInput } from './settings.ts';

export const BACKUP_FORMAT = 'thuiszitter-signaal-backup';

const text = (max: number) => z.string().max(max);

export const followedCaseSchema = z.object({
  id: text(64).min(1),
  pupilId: text(64).min(1),
  pupilName: text(200),
  group: text(40).optional(),
  presetId: text(40),
  signalKind: z.enum(SIGNAL_KINDS),
  since: isoDateSchema,
  firedOn: isoDateSchema,
  meldDeadline: isoDateSchema.optional(),
  openedOn: isoDateSchema,
  phase: z.enum(PHASES),
  phaseHistory: z.array(z.object({ phase: z.enum(PHASES), on: isoDateSchema })).max(200),
  dates: z.partialRecord(z.enum(CASE_DATES), isoDateSchema),
  informed: z.array(text(120)).max(50),
  checklist: z.array(text(200)).max(50),
  notes: text(10_000),
  closedOn: isoDateSchema.optional(),
  updatedAt: text(40),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: text(40),
  settings: settingsInputSchema,
  ownHosts: ownHostsSchema.default([]),
  /** The secret behind the Inspectie pseudonyms: restored so every pupil keeps its pseudonym. Only one the extension made (64 hex digits). */
  inspectieSecret: z.string().regex(/^[0-9a-f]{64}$/, 'geen geheim dat de extensie zelf maakte').optional(),
  tables: z.object({
    pupils: z.array(z.object({ id: text(64).min(1), name: text(200), birthDate: isoDateSchema.optional(), group: text(40).optional(), updatedAt: text(40) })).max(100_000),
    cases: z.array(followedCaseSchema).max(100_000),
    drafts: z.array(meldingDraftSchema).max(100_000),
    log: z.array(z.object({ seq: z.number().int().optional(), at: text(40), action: z.enum(LOG_ACTIONS), pupilId: text(64).optional(), detail: text(2000) })).max(500_000),
    registratie: z
      .array(
        z.object({
          id: text(120),
          pseudonym: text(40),
          category: z.enum(Object.keys(INSPECTIE_CATEGORIES) as [keyof typeof INSPECTIE_CATEGORIES]),
          since: isoDateSchema,
          until: isoDateSchema.optional(),
          updatedOn: isoDateSchema,
        }),
      )
      .max(100_000),
    /** Added with meldingen as facts; a backup from before has none. */
    made: z.array(madeMeldingSchema).max(100_000).default([]),
    acks: z.array(acknowledgementSchema).max(100_000).default([]),
  }),
});
export type Backup = z.infer<typeof backupSchema>;

/** Reads a backup file's text: the backup, or a message that says what is wrong with the file. */
export function parseBackup(textContent: string): { ok: true; backup: Backup } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, message: 'Dit bestand is geen back-up van Thuiszitter-signaal (het is geen geldige JSON). Er is niets veranderd.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, message: 'Dit bestand is geen back-up van Thuiszitter-signaal. Er is niets veranderd.' };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `De back-up is beschadigd of onvolledig (${issue?.path.join('.') || 'bestand'}: ${issue?.message ?? 'onbekend'}). Er is niets veranderd.` };
  }
  // The settings must work as Options would have saved them: a known region, thresholds of the right type and size.
  try {
    resolveSettings(parsed.data.settings as SettingsInput);
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    const why = issue ? `${issue.path.map(String).join('.')}: ${issue.message}` : error instanceof Error ? error.message : String(error);
    return { ok: false, message: `De instellingen in de back-up zijn ongeldig (${why}). Er is niets veranderd.` };
  }
  // Own sites by the same rules as Options: one site each, nothing as broad as *.nl.
  for (const own of parsed.data.ownHosts) {
    const checked = parseHostInput(own.pattern.replace(/\/\*$/, ''));
    if (!checked.ok || checked.pattern !== own.pattern) {
      return { ok: false, message: `De back-up bevat een eigen site die niet is toegestaan (${own.pattern.slice(0, 80)}${checked.ok ? '' : `: ${checked.message}`}). Er is niets veranderd.` };
    }
  }
  return { ok: true, backup: parsed.data };
}
