/**
 * The school's settings as stored by Options (browser.storage.local, never synced), read by the
 * service worker and the extension pages. What is stored is validated on every read.
 */
import { KNOWN_SYSTEMS, type SystemId } from '@/lib/adapters';
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
