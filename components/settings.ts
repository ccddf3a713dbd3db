/**
 * The school's settings as stored by Options (browser.storage.local, never synced), read by the
 * service worker and the extension pages. What is stored is validated on every read.
 */
import { KNOWN_SYSTEMS, type SystemId } from '@/lib/hosts';
import type { Lang } from '@/lib/explain';
import { resolveSettings, settingsInputSchema, type Settings, type SettingsInput } from '@/lib/settings';

export const SETTINGS_KEY = 'local:settings';
export const LANG_KEY = 'local:lang';

export type StoredSettings = ReturnType<typeof settingsInputSchema.parse>;

export async function storedSettings(): Promise<StoredSettings> {
  const parsed = settingsInputSchema.safeParse((await storage.getItem<unknown>(SETTINGS_KEY)) ?? {});
  return parsed.success ? parsed.data : {};
}

/** The school's settings; until it set a school type, the host system's (Magister and Somtoday serve VO). */
export async function currentSettings(system?: SystemId): Promise<Settings> {
  const input = await storedSettings();
  const schoolType = input.school?.schoolType ?? KNOWN_SYSTEMS.find((s) => s.system === system)?.schoolType;
  return resolveSettings({ ...(input as SettingsInput), school: { ...input.school, schoolType } });
}

export async function currentLang(): Promise<Lang> {
  return (await storage.getItem<string>(LANG_KEY)) === 'en' ? 'en' : 'nl';
}

/**
 * Saves what Options changed: validated as stored settings and as complete settings (the preset's
 * rules merged), so nothing invalid is ever stored. Returns the first problem, in words.
 */
export async function saveStoredSettings(next: StoredSettings): Promise<{ ok: true } | { ok: false; message: string }> {
  const parsed = settingsInputSchema.safeParse(next);
  if (!parsed.success) return { ok: false, message: describeIssue(parsed.error.issues[0]) };
  try {
    resolveSettings(parsed.data as SettingsInput);
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    return { ok: false, message: issue ? describeIssue(issue) : error instanceof Error ? error.message : String(error) };
  }
  await storage.setItem(SETTINGS_KEY, parsed.data);
  return { ok: true };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'Ongeldige instelling.';
  return `${issue.path.map(String).join(' › ')}: ${issue.message}`;
}

/** Changes part of the stored settings: read fresh, so one section of Options never overwrites another's change. */
export async function updateStoredSettings(change: (current: StoredSettings) => StoredSettings): Promise<{ ok: true; settings: StoredSettings } | { ok: false; message: string }> {
  const next = change(await storedSettings());
  const result = await saveStoredSettings(next);
  return result.ok ? { ok: true, settings: next } : result;
}
