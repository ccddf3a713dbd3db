import { z } from './zod.ts';
import { calendarSettingsSchema } from './calendar/schoolCalendar.ts';
import { REGION_IDS, regionById } from './regions/index.ts';
import { CATEGORIES, GEOORLOOFD, SCHOOL_TYPES } from './model.ts';
import { LEERPLICHT_SOURCE } from './rules/leerplicht.ts';
import { MAZL_SOURCE, mazlSettingsSchema } from './rules/mazl.ts';
import { HOURS_SOURCE, MELDPLICHT_SOURCE, meldplichtSettingsSchema, RMC_SOURCE } from './rules/meldplicht16.ts';
import {
  DREIGEND_SOURCE, dreigendSettingsSchema, INSPECTIE_SOURCE, inspectieSettingsSchema, THUISZITTER_SOURCE, thuiszitterSettingsSchema,
} from './rules/thuiszitter.ts';
import { schooltijdenSchema } from './rules/timetable.ts';
import { VRIJSTELLING_SOURCE } from './rules/vrijstelling.ts';

/**
 * Where each number comes from: each rule owns its settings, defaults and source (lib/rules/*.ts);
 * this file puts them together. The texts are shown with every signal, so a person can check the rule.
 * Details and links: ../shared/domain/RULES.md.
 */
export const SOURCES = {
  thuiszitter: THUISZITTER_SOURCE,
  dreigend: DREIGEND_SOURCE,
  meldplicht: MELDPLICHT_SOURCE,
  rmc: RMC_SOURCE,
  mazl: MAZL_SOURCE,
  inspectie: INSPECTIE_SOURCE,
  leerplicht: LEERPLICHT_SOURCE,
  vrijstelling: VRIJSTELLING_SOURCE,
  lesuren: HOURS_SOURCE,
} as const;

export const HOUR_UNITS = ['klokuur', 'lesuur'] as const;
export type HourUnit = (typeof HOUR_UNITS)[number];

export const rulesSettingsSchema = z.object({
  thuiszitter: thuiszitterSettingsSchema.prefault({}),
  dreigend: dreigendSettingsSchema.prefault({}),
  meldplicht: meldplichtSettingsSchema.prefault({}),
  mazl: mazlSettingsSchema.prefault({}),
  inspectie: inspectieSettingsSchema.prefault({}),
  /** Absence whose geoorloofd status nobody recorded counts as ongeoorloofd, and the signal says how many days that were. */
  countOnbekendAsOngeoorloofd: z.boolean().default(true),
  /**
   * How long a 16-uur or dreigend signal stays visible after its last counted day, in lesweken
   * (product setting, default 4: the length of the legal window). MAZL has its own (mazl.visibleWeeks).
   */
  visibleWeeks: z.number().int().min(0).max(52).default(4),
});
export type RulesSettings = z.infer<typeof rulesSettingsSchema>;
export type RulesSettingsInput = z.input<typeof rulesSettingsSchema>;

export const reasonCodeSchema = z.object({
  code: z.string().trim().min(1).max(40),
  description: z.string().trim().max(120).optional(),
  category: z.enum(CATEGORIES).optional(),
  geoorloofd: z.enum(GEOORLOOFD).optional(),
});
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

export const schoolSettingsSchema = z.object({
  name: z.string().trim().max(120).default(''),
  /** BRIN / instellingscode: four characters, e.g. 99XX. */
  brin: z.union([z.literal(''), z.string().trim().regex(/^\d{2}[A-Z]{2}$/i, 'een BRIN-nummer is 2 cijfers en 2 letters, bijvoorbeeld 99XX')]).default(''),
  /** Naam leslocatie as the school registered it with DUO (the Verzuimloket's list). */
  leslocatie: z.string().trim().max(100).default(''),
  /** The samenwerkingsverband the school belongs to, as named in the SWV melding. */
  samenwerkingsverband: z.string().trim().max(120).default(''),
  schoolType: z.enum(SCHOOL_TYPES).default('po'),
  /** Klokuur for PO and MBO, lesuur for VO unless the school says otherwise. */
  hourUnit: z.enum(HOUR_UNITS).optional(),
  /** Schooltijden per weekday (lib/rules/timetable.ts); what is not set is inferred from the data or defaulted. */
  schooltijden: schooltijdenSchema.optional(),
  /** The school's own reason codes; matched on the code, case-insensitive. Record flags win over this table. */
  reasonCodes: z.array(reasonCodeSchema).max(500).default([]),
});
export type SchoolSettings = z.infer<typeof schoolSettingsSchema>;

/** The melder of the DUO verzuimmelding (Besluit Verzuimmelding; EduArte limits), also the SWV contact person. */
export const melderSchema = z.object({
  naam: z.string().trim().max(100, 'naam: ten hoogste 100 tekens').default(''),
  functie: z.string().trim().max(60, 'functie: ten hoogste 60 tekens').default(''),
  telefoon: z.union([z.literal(''), z.string().trim().regex(/^[+()\d\s-]{6,20}$/, 'telefoonnummer: alleen cijfers, spaties, + en -')]).default(''),
  email: z.union([z.literal(''), z.email('geen geldig e-mailadres').max(100)]).default(''),
});
export type MelderSettings = z.infer<typeof melderSchema>;

/** Closed cases and their data are removed after this many months (default: one school year). */
export const privacySettingsSchema = z.object({
  retentionMonths: z.number().int().min(1, 'ten minste 1 maand').max(84, 'ten hoogste 7 jaar').default(12),
});

export const settingsSchema = z.object({
  /** The region's protocol (lib/regions/). */
  preset: z.enum(REGION_IDS).default('landelijk'),
  school: schoolSettingsSchema.prefault({}),
  melder: melderSchema.prefault({}),
  privacy: privacySettingsSchema.prefault({}),
  calendar: calendarSettingsSchema.prefault({}),
  rules: rulesSettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;
/** What a school sets; the preset is checked by resolveSettings (an unknown region is an error). */
export type SettingsInput = Omit<z.input<typeof settingsSchema>, 'preset'> & { preset?: string };
/** What a school stored: the same shape, every part optional (defaults are filled in by resolveSettings). */
/**
 * The same fields, each optional and without its default: what the school did not set must stay
 * unset in storage (zod's .partial() would still fill the defaults in, and a stored schoolType "po"
 * would then override the host system's, a stored regio "midden" the region protocol's).
 */
function storedShape<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault || field instanceof z.ZodPrefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof T]: z.ZodOptional<z.ZodType<z.output<T[K]>, z.input<T[K]>>> }>;
}

export const settingsInputSchema = z.object({
  preset: z.string().max(40).optional(),
  school: storedShape(schoolSettingsSchema).optional(),
  melder: storedShape(melderSchema).optional(),
  privacy: storedShape(privacySettingsSchema).optional(),
  calendar: storedShape(calendarSettingsSchema).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
});

export function hourUnitOf(school: SchoolSettings): HourUnit {
  return school.hourUnit ?? (school.schoolType === 'vo' ? 'lesuur' : 'klokuur');
}

/**
 * Full settings from what the school set: the preset fills in its region and rules,
 * anything the school set itself wins. Throws a ZodError on invalid input.
 */
export function resolveSettings(input: SettingsInput = {}): Settings {
  const presetId = input.preset ?? 'landelijk';
  const preset = regionById(presetId);
  const rules: Record<string, unknown> = { ...preset.rules };
  for (const [key, value] of Object.entries(input.rules ?? {})) {
    const base = rules[key];
    rules[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return settingsSchema.parse({ ...input, preset: presetId, calendar: { regio: preset.regio, ...input.calendar }, rules });
}

export { dreigendWeeks } from './rules/thuiszitter.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
