import { todayIso } from '@/lib/calendar/days';
import type { Lang } from '@/lib/explain';
import { assess } from '@/lib/rules/assess';
import { KNOWN_SYSTEMS, type SystemId } from '@/lib/adapters';
import { resolveSettings, settingsInputSchema, type Settings } from '@/lib/settings';
import { assessRequestSchema, type AssessResponse } from '@/lib/messages';
import { assessmentView } from '@/lib/view';

const LANG_KEY = 'local:lang';
const SETTINGS_KEY = 'local:settings';

/** The school's settings; until it set a school type, the host system's (Magister and Somtoday serve VO). */
async function currentSettings(system: SystemId): Promise<Settings> {
  const parsed = settingsInputSchema.safeParse((await storage.getItem<unknown>(SETTINGS_KEY)) ?? {});
  const input = parsed.success ? parsed.data : {};
  const schoolType = input.school?.schoolType ?? KNOWN_SYSTEMS.find((s) => s.system === system)?.schoolType;
  return resolveSettings({ ...input, school: { ...input.school, schoolType } });
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
  const { pupils, records, system } = request.data;
  const settings = await currentSettings(system);
  const today = todayIso();
  // Pages show absences up to today; a day without a registration is a day at school.
  const result = assess({ pupils, records, settings, peildatum: today, dataUntil: today });
  return { ok: true, ...assessmentView(result, settings.preset, request.data.lang ?? (await currentLang())) };
}
