import { z } from 'zod';
import { calendarSettingsSchema, type Regio } from './calendar/schoolCalendar.ts';
import { CATEGORIES, GEOORLOOFD, SCHOOL_TYPES } from './model.ts';

/**
 * Where each number comes from. The texts are shown with every signal, so a person can check the rule.
 * Details and links: ../shared/domain/RULES.md.
 */
export const SOURCES = {
  thuiszitter:
    'Langdurig relatief verzuim: "langer dan 4 weken ongeoorloofd afwezig" (DUO, Soorten verzuim; Kamerbrief 3 feb 2016, kst-26695-108). Weken geteld als lesweken, vakanties overgeslagen.',
  dreigend:
    'Vroegsignalering: de helft van de thuiszitterstermijn (instelling van Thuiszitter-signaal; de protocollen vragen vroeg signaleren, o.a. BePO stap 1 "kind in de knel").',
  meldplicht:
    'Leerplichtwet art. 21/21a: 16 uur ongeoorloofd verzuim binnen 4 opeenvolgende lesweken; melden binnen 5 werkdagen; begindatum = eerste verzuimdag, einddatum = dag waarop 16 uur is bereikt; ten hoogste 1 melding per 7 kalenderdagen (DUO; PO-Raad FAQ).',
  mazl: 'MAZL (NCJ): vierde ziekmelding in 12 schoolweken of zevende schooldag aaneengesloten ziek.',
  inspectie:
    'Thuiszittersregistratie Inspectie: langdurig relatief verzuim 4 weken tot 3 maanden, langer dan 3 maanden (Inspectie van het Onderwijs; Thuiszitterspact 2016).',
  leerplicht:
    'Leerplichtwet art. 3 (leerplicht vanaf de eerste schooldag van de maand na de 5e verjaardag, tot het einde van het schooljaar waarin de leerling 16 wordt), art. 4a/4b (kwalificatieplicht tot 18 jaar of startkwalificatie).',
  vrijstelling: 'Leerplichtwet art. 5, 5a, 15, 3a/3b: een leerling met vrijstelling of vervangende leerplicht is geen thuiszitter.',
  lesuren:
    'PO telt klokuren, VO telt lesuren van ten hoogste 60 minuten (DUO: "hangt af van uw schoolsoort"); mbo telt klokuren (EduArte verzuimrapportage).',
} as const;

export const HOUR_UNITS = ['klokuur', 'lesuur'] as const;
export type HourUnit = (typeof HOUR_UNITS)[number];

const weeks = z.number().int().min(1).max(52);

export const rulesSettingsSchema = z.object({
  thuiszitter: z
    .object({
      /** Longer than this many school weeks of consecutive whole days absent. */
      weeks: weeks.default(4),
      /** PPO Rotterdam and Lekstroom count "niet naar school", whatever the reason. */
      countGeoorloofd: z.boolean().default(false),
    })
    .prefault({}),
  dreigend: z
    .object({
      /** A streak of this many school weeks; by default half the thuiszitter term (2 of 4). */
      weeks: weeks.optional(),
      /** Or this many whole days absent, not consecutive, within `patternWeeks` school weeks (half of 4 weeks × 5 days). */
      patternDays: z.number().int().min(1).max(260).default(10),
      patternWeeks: weeks.default(4),
    })
    .prefault({}),
  meldplicht: z
    .object({
      hours: z.number().positive().max(200).default(16),
      weeks: weeks.default(4),
      deadlineWerkdagen: z.number().int().min(0).max(60).default(5),
      minCalendarDaysBetween: z.number().int().min(0).max(60).default(7),
      /** Pupils of 18 and older may be reported (RMC) but need not be. */
      include18Plus: z.boolean().default(false),
    })
    .prefault({}),
  mazl: z
    .object({
      reports: z.number().int().min(1).max(50).default(4),
      windowWeeks: weeks.default(12),
      consecutiveDays: z.number().int().min(1).max(100).default(7),
    })
    .prefault({}),
  inspectie: z.object({ longMonths: z.number().int().min(1).max(24).default(3) }).prefault({}),
  /** Absence whose geoorloofd status nobody recorded counts as ongeoorloofd, and the signal says how many days that were. */
  countOnbekendAsOngeoorloofd: z.boolean().default(true),
  /** A signal that fired earlier stays listed this many school weeks after its last counted day (product setting). */
  lookbackWeeks: weeks.default(4),
});
export type RulesSettings = z.infer<typeof rulesSettingsSchema>;

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
  /** Lesuren per school day; when absent it is inferred from the data (highest lesuur per weekday). */
  lessonsPerDay: z.number().int().min(1).max(16).optional(),
  /** Length of one lesuur in the school's timetable (schoolinstelling). */
  lessonMinutes: z.number().int().min(10).max(120).default(50),
  /** Teaching minutes of a whole school day (schoolinstelling; PO: check the schoolgids). */
  dayMinutes: z.number().int().min(60).max(600).default(300),
  /** When the first lesson starts; a time record without an end runs from its start to the end of the day. */
  dayStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd moet UU:MM zijn').default('08:30'),
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
  preset: z.string().max(40).default('landelijk'),
  school: schoolSettingsSchema.prefault({}),
  melder: melderSchema.prefault({}),
  privacy: privacySettingsSchema.prefault({}),
  calendar: calendarSettingsSchema.prefault({}),
  rules: rulesSettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
/** What a school stored: the same shape, every part optional (defaults are filled in by resolveSettings). */
export const settingsInputSchema = z.object({
  preset: z.string().max(40).optional(),
  school: schoolSettingsSchema.partial().optional(),
  melder: melderSchema.partial().optional(),
  privacy: privacySettingsSchema.partial().optional(),
  calendar: calendarSettingsSchema.partial().optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
});

export function hourUnitOf(school: SchoolSettings): HourUnit {
  return school.hourUnit ?? (school.schoolType === 'vo' ? 'lesuur' : 'klokuur');
}

export interface RegionalPreset {
  id: string;
  name: string;
  /** The seed protocol this preset follows (../shared/seeds/). */
  protocol: string;
  /** Vakantieregio, when the protocol's area lies in one region. */
  regio?: Regio;
  rules: z.input<typeof rulesSettingsSchema>;
  definition: string;
}

/** The five seed regions plus the national rules. Each only changes what its protocol says. */
export const PRESETS: readonly RegionalPreset[] = [
  {
    id: 'landelijk',
    name: 'Landelijk (wettelijke definitie)',
    protocol: 'Leerplichtwet; DUO',
    rules: {},
    definition: 'Ingeschreven, langer dan 4 weken ongeoorloofd afwezig, geen vrijstelling.',
  },
  {
    id: 'bepo',
    name: 'BePO – Richtlijn kind in de knel',
    protocol: '000 BePO, juli 2020',
    rules: {},
    definition:
      'Geen thuiszitter langer dan 1 maand; de schooldirecteur meldt dreigend thuiszitten direct schriftelijk aan schoolbestuur, jeugdarts, leerplicht, sociaal team en schoolconsulent.',
  },
  {
    id: 'lekstroom',
    name: 'Regio Lekstroom – Thuiszittersaanpak',
    protocol: '001 Lekstroom, ontwikkelplan',
    regio: 'midden',
    rules: { thuiszitter: { countGeoorloofd: true } },
    definition:
      'Zonder geldige reden meer dan 4 weken verzuimen of niet ingeschreven; geoorloofde en ongeoorloofde thuiszitters worden beide in kaart gebracht; vrijstellingen vallen erbuiten.',
  },
  {
    id: 'ppo-rotterdam',
    name: 'PPO Rotterdam – Aanpak thuiszitters',
    protocol: '002 PPO Rotterdam',
    regio: 'midden',
    rules: { thuiszitter: { countGeoorloofd: true } },
    definition:
      'Een leerplichtige leerling die meer dan vier weken achtereenvolgend niet naar school gaat; startdatum = eerste dag van niet verschijnen. Ook 4-jarigen (alleen melding bij PPO).',
  },
  {
    id: 'utrecht',
    name: 'Utrecht – Routekaart thuiszitten samen oplossen',
    protocol: '003 Utrecht kernpartners',
    regio: 'midden',
    rules: {},
    definition: 'Wettelijke definitie; binnen 5 dagen een actietafel met leerling, ouders, school en kernpartners.',
  },
  {
    id: 'den-haag',
    name: 'Den Haag – Taken ketenpartners (VO)',
    protocol: '004 Den Haag ketenpartners',
    regio: 'midden',
    rules: {},
    definition: 'Wettelijke definitie; melding 16 uur via het DUO Verzuimloket; leerplicht handelt na melding van ongeoorloofd verzuim.',
  },
];

export function presetById(id: string): RegionalPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/**
 * Full settings from what the school set: the preset fills in its region and rules,
 * anything the school set itself wins. Throws a ZodError on invalid input.
 */
export function resolveSettings(input: SettingsInput = {}): Settings {
  const presetId = input.preset ?? 'landelijk';
  const preset = presetById(presetId);
  if (!preset) throw new Error(`onbekende regio-instelling: ${presetId}`);
  const rules: Record<string, unknown> = { ...preset.rules };
  for (const [key, value] of Object.entries(input.rules ?? {})) {
    const base = rules[key];
    rules[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return settingsSchema.parse({ ...input, preset: presetId, calendar: { regio: preset.regio, ...input.calendar }, rules });
}

/** Dreigend thuiszitten: the school's own term, or half the thuiszitter term. */
export function dreigendWeeks(rules: RulesSettings): number {
  return rules.dreigend.weeks ?? Math.max(1, Math.round(rules.thuiszitter.weeks / 2));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
