/**
 * Central configuration by policy (POLICY.md): the school's IT department sets the school's settings
 * once for every browser (Chrome: `3rdparty.extensions.<id>` in a policy, read from
 * `storage.managed` as described by public/managed_schema.json; Firefox: policies.json
 * `3rdparty.Extensions`). A value set by policy wins over what Options stored, is shown there as
 * "ingesteld door uw school" and cannot be edited. Each policy key is checked on its own: a wrong value
 * is reported and ignored, and the other keys still apply.
 */
import { z } from './zod.ts';
import { REGIONS } from './calendar/schoolCalendar.ts';
import { parseHostInput } from './ownHosts.ts';
import { REGION_IDS } from './regions/index.ts';
import { schooltijdenSchema } from './rules/timetable.ts';
import { type melderSchema, privacySettingsSchema, reasonCodeSchema, schoolSettingsSchema, settingsInputSchema } from './settings.ts';
import { SCHOOL_TYPES } from './vocabulary.ts';

export type StoredSettings = z.infer<typeof settingsInputSchema>;

/** Every key a policy may set, with the Options label it locks and how it lands in the settings. */
export const POLICY_KEYS = {
  regioProtocol: { label: 'Regioprotocol', schema: z.enum(REGION_IDS), apply: (s: StoredSettings, v: string) => ({ ...s, preset: v }) },
  schooltype: { label: 'Schooltype', schema: z.enum(SCHOOL_TYPES), apply: (s: StoredSettings, v: (typeof SCHOOL_TYPES)[number]) => ({ ...s, school: { ...s.school, schoolType: v } }) },
  vakantieregio: { label: 'Vakantieregio', schema: z.enum(REGIONS), apply: (s: StoredSettings, v: (typeof REGIONS)[number]) => ({ ...s, calendar: { ...s.calendar, regio: v } }) },
  schooltijden: { label: 'Schooltijden', schema: schooltijdenSchema, apply: (s: StoredSettings, v: z.infer<typeof schooltijdenSchema>) => ({ ...s, school: { ...s.school, schooltijden: v } }) },
  brin: { label: 'BRIN-nummer', schema: schoolSettingsSchema.shape.brin.unwrap(), apply: (s: StoredSettings, v: string) => ({ ...s, school: { ...s.school, brin: v } }) },
  schoolnaam: { label: 'Naam van de school', schema: schoolSettingsSchema.shape.name.unwrap(), apply: (s: StoredSettings, v: string) => ({ ...s, school: { ...s.school, name: v } }) },
  leslocatie: { label: 'Naam leslocatie', schema: schoolSettingsSchema.shape.leslocatie.unwrap(), apply: (s: StoredSettings, v: string) => ({ ...s, school: { ...s.school, leslocatie: v } }) },
  samenwerkingsverband: {
    label: 'Samenwerkingsverband', schema: schoolSettingsSchema.shape.samenwerkingsverband.unwrap(),
    apply: (s: StoredSettings, v: string) => ({ ...s, school: { ...s.school, samenwerkingsverband: v } }),
  },
  melder: {
    // Only the fields the policy names (no defaults filled in over what the school stored).
    label: 'Melder', schema: settingsInputSchema.shape.melder.unwrap().strict(),
    apply: (s: StoredSettings, v: Partial<z.infer<typeof melderSchema>>) => ({ ...s, melder: { ...s.melder, ...v } }),
  },
  codetabel: { label: 'Codetabel', schema: z.array(reasonCodeSchema).max(500), apply: (s: StoredSettings, v: z.infer<typeof reasonCodeSchema>[]) => ({ ...s, school: { ...s.school, reasonCodes: v } }) },
  bewaartermijnMaanden: {
    label: 'Bewaartermijn', schema: privacySettingsSchema.shape.retentionMonths.unwrap(),
    apply: (s: StoredSettings, v: number) => ({ ...s, privacy: { ...s.privacy, retentionMonths: v } }),
  },
  eigenSites: { label: 'Eigen sites', schema: z.array(z.string().max(300)).max(50), apply: (s: StoredSettings) => s },
} as const;

export type PolicyKey = keyof typeof POLICY_KEYS;
export const POLICY_KEY_NAMES = Object.keys(POLICY_KEYS) as PolicyKey[];

export interface ManagedSettings {
  /** The settings the policy sets, in the stored settings' shape. */
  settings: StoredSettings;
  /** Which policy keys are set (and valid): their fields are read-only in Options. */
  keys: ReadonlySet<PolicyKey>;
  /** Own sites the policy lists, as match patterns (each still needs the browser's permission, given by a click in Options). */
  ownHosts: { host: string; pattern: string }[];
  /** Policy values that were wrong, in words: reported in Options, ignored everywhere. */
  problems: string[];
}

export const NO_POLICY: ManagedSettings = { settings: {}, keys: new Set(), ownHosts: [], problems: [] };

/** What browser.storage.managed returned → the settings it sets. */
export function readPolicy(raw: unknown): ManagedSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  let settings: StoredSettings = {};
  const keys = new Set<PolicyKey>();
  const problems: string[] = [];
  const ownHosts: ManagedSettings['ownHosts'] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in POLICY_KEYS)) {
      problems.push(`"${key.slice(0, 40)}" is geen instelling van Thuiszitter-signaal (bekend: ${POLICY_KEY_NAMES.join(', ')}).`);
      continue;
    }
    const policyKey = key as PolicyKey;
    const { label, schema, apply } = POLICY_KEYS[policyKey];
    const parsed = (schema as z.ZodType).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`${label} (${key}): ${issue ? `${issue.path.length ? `${issue.path.join(' › ')}: ` : ''}${issue.message}` : 'ongeldige waarde'}.`);
      continue;
    }
    if (policyKey === 'eigenSites') {
      for (const site of parsed.data as string[]) {
        const host = parseHostInput(site);
        if (host.ok) ownHosts.push({ host: host.host, pattern: host.pattern });
        else problems.push(`Eigen sites (eigenSites): "${site.slice(0, 60)}": ${host.message}`);
      }
    } else {
      settings = (apply as (s: StoredSettings, v: unknown) => StoredSettings)(settings, parsed.data);
    }
    keys.add(policyKey);
  }
  return { settings, keys, ownHosts, problems };
}

/** What the school stored, with what policy sets on top: policy wins, field by field. */
export function withPolicy(stored: StoredSettings, managed: ManagedSettings): StoredSettings {
  const m = managed.settings;
  return {
    ...stored,
    ...(m.preset ? { preset: m.preset } : {}),
    school: { ...stored.school, ...m.school },
    melder: { ...stored.melder, ...m.melder },
    privacy: { ...stored.privacy, ...m.privacy },
    calendar: { ...stored.calendar, ...m.calendar },
  };
}

/** The four settings onboarding asks for; what policy set is not asked again. */
export const ONBOARDING_KEYS = ['regioProtocol', 'schooltype', 'vakantieregio', 'schooltijden'] as const satisfies readonly PolicyKey[];
