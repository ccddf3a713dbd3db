import { todayIso } from '@/lib/calendar/days';
import type { Lang } from '@/lib/explain';
import { assess } from '@/lib/rules/assess';
import { resolveSettings, settingsSchema, type Settings } from '@/lib/settings';
import { assessRequestSchema, type AssessResponse } from '@/lib/messages';
import { assessmentView } from '@/lib/view';

const LANG_KEY = 'local:lang';
const SETTINGS_KEY = 'local:settings';

async function currentSettings(): Promise<Settings> {
  const stored = await storage.getItem<unknown>(SETTINGS_KEY);
  const parsed = settingsSchema.safeParse(stored ?? {});
  return parsed.success ? resolveSettings(parsed.data) : resolveSettings();
}

export async function currentLang(): Promise<Lang> {
  return (await storage.getItem<string>(LANG_KEY)) === 'en' ? 'en' : 'nl';
}

/** Assesses what a page showed, on today's date. */
export async function handleMessage(message: unknown): Promise<AssessResponse> {
  const request = assessRequestSchema.safeParse(message);
  if (!request.success) {
    return { ok: false, error: `Ongeldig bericht: ${request.error.issues[0]?.message ?? 'onbekend'}` };
  }
  const { pupils, records } = request.data;
  const settings = await currentSettings();
  const today = todayIso();
  // Pages show absences up to today; a day without a registration is a day at school.
  const result = assess({ pupils, records, settings, peildatum: today, dataUntil: today });
  return { ok: true, ...assessmentView(result, settings.preset, request.data.lang ?? (await currentLang())) };
}
