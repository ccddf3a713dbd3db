/**
 * The school's settings as stored by Options (browser.storage.local, never synced), read by the
 * service worker and the extension pages. What is stored is validated on every read.
 */
import { browser } from 'wxt/browser';
import { langItem, settingsItem, settingsSetAsideItem, type SetAsideSettings } from '@/components/storage';
import { KNOWN_SYSTEMS, type SystemId } from '@/lib/hosts';
import type { Lang } from '@/lib/explain';
import { NO_POLICY, readPolicy, withPolicy, type ManagedSettings, type StoredSettings } from '@/lib/policy';
import { resolveSettings, settingsInputSchema, type Settings, type SettingsInput } from '@/lib/settings';

export type { StoredSettings };

/**
 * What the school's IT department set by policy (storage.managed; POLICY.md). Without a policy Chrome
 * returns nothing and Firefox throws: both mean "nothing set".
 */
export async function managedSettings(): Promise<ManagedSettings> {
  try {
    return readPolicy(await browser.storage.managed.get(null));
  } catch {
    return NO_POLICY;
  }
}

/** What is wrong with stored settings, in words; null when they work (the same checks as a save in Options). */
export function settingsProblem(raw: unknown): string | null {
  const parsed = settingsInputSchema.safeParse(raw);
  if (!parsed.success) return describeIssue(parsed.error.issues[0]);
  try {
    resolveSettings(parsed.data as SettingsInput);
    return null;
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    return issue ? describeIssue(issue) : error instanceof Error ? error.message : String(error);
  }
}

/**
 * The school's stored settings. Settings that no longer validate (an older version, a damaged
 * profile) are never silently replaced: they are set aside with the reason, Options says so, and
 * until the school sets them again the defaults apply.
 */
export async function storedSettings(): Promise<StoredSettings> {
  const raw = await settingsItem.getValue();
  if (raw === null || raw === undefined) return {};
  const problem = settingsProblem(raw);
  if (problem === null) return settingsInputSchema.parse(raw);
  await settingsSetAsideItem.setValue({ at: new Date().toISOString(), problem, settings: JSON.stringify(raw).slice(0, 50_000) });
  await settingsItem.removeValue();
  return {};
}

export type { SetAsideSettings };

/** Settings that were set aside because they no longer validated, for Options to show. */
export async function setAsideSettings(): Promise<SetAsideSettings | null> {
  const value = await settingsSetAsideItem.getValue();
  return value && typeof value.problem === 'string' && typeof value.at === 'string' ? value : null;
}

export async function dismissSetAsideSettings(): Promise<void> {
  await settingsSetAsideItem.removeValue();
}

/** The school's settings; until it set a school type, the host system's (Magister and Somtoday serve VO). */
export async function currentSettings(system?: SystemId): Promise<Settings> {
  // What policy sets wins over what Options stored.
  const input = withPolicy(await storedSettings(), await managedSettings());
  const schoolType = input.school?.schoolType ?? KNOWN_SYSTEMS.find((s) => s.system === system)?.schoolType;
  return resolveSettings({ ...(input as SettingsInput), school: { ...input.school, schoolType } });
}

export async function currentLang(): Promise<Lang> {
  return (await langItem.getValue()) === 'en' ? 'en' : 'nl';
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
  await settingsItem.setValue(parsed.data);
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
