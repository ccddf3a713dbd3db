import { z } from 'zod';
import { isIsoDate, type IsoDate } from './calendar/days.ts';

export type { IsoDate };

export const isoDateSchema = z.string().refine(isIsoDate, 'datum moet JJJJ-MM-DD zijn');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd moet UU:MM zijn');

export const SCHOOL_TYPES = ['po', 'vo', 'mbo'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Grounds in the Leerplichtwet that take a pupil out of the thuiszitter count (RULES.md §1.4).
 * '5-onder-a' (lichamelijk/psychisch ongeschikt) is the one the Inspectie registers.
 */
export const VRIJSTELLING_GRONDEN = ['5-onder-a', '5-onder-b', '5-onder-c', '5a', '15', '3a', '3b', 'overig'] as const;
export type VrijstellingGrond = (typeof VRIJSTELLING_GRONDEN)[number];

export const vrijstellingSchema = z.object({
  grond: z.enum(VRIJSTELLING_GRONDEN),
  from: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
});
export type Vrijstelling = z.infer<typeof vrijstellingSchema>;

export const pupilSchema = z.object({
  /** Leerlingnummer / deelnemernummer; the name when the source shows no number. */
  id: z.string().trim().min(1).max(64),
  name: z.string().trim().max(200).default(''),
  birthDate: isoDateSchema.optional(),
  /** Klas (VO/MBO) or groep (PO). */
  group: z.string().trim().max(40).optional(),
  schoolType: z.enum(SCHOOL_TYPES).optional(),
  vrijstelling: vrijstellingSchema.optional(),
  /** A havo/vwo/mbo-2 diploma ends kwalificatieplicht (Leerplichtwet art. 4b). */
  startkwalificatie: z.boolean().optional(),
});
export type Pupil = z.infer<typeof pupilSchema>;

/**
 * absent, ziek, verlof and verwijderd keep a pupil out of lessons; te laat does not;
 * overig is everything else a system registers (huiswerk/boeken vergeten, a lesson vrijstelling).
 */
export const CATEGORIES = ['absent', 'te-laat', 'verwijderd', 'ziek', 'verlof', 'overig'] as const;
export type Category = (typeof CATEGORIES)[number];

export const GEOORLOOFD = ['ja', 'nee', 'onbekend'] as const;
export type Geoorloofd = (typeof GEOORLOOFD)[number];

/** Which part of the day a record covers. */
export const spanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day') }),
  /** Lesuren from–to inclusive; without `to` until the end of the day. */
  z.object({
    kind: z.literal('lessons'),
    from: z.number().int().min(1).max(16),
    to: z.number().int().min(1).max(16).optional(),
  }),
  /** Clock times; without `end` until the end of the day. */
  z.object({ kind: z.literal('time'), start: clockTime, end: clockTime.optional() }),
]);
export type Span = z.infer<typeof spanSchema>;

export const sourceSchema = z.object({
  kind: z.enum(['import', 'page', 'demo']),
  /** File name or page address. */
  name: z.string().max(500).optional(),
  /** Row number in the file (1 = the first line), for messages. */
  row: z.number().int().positive().optional(),
});

export const absenceRecordSchema = z.object({
  pupilId: z.string().trim().min(1).max(64),
  date: isoDateSchema,
  span: spanSchema,
  /** Minutes missed when the source says so; otherwise derived from the span and the school settings. */
  minutes: z.number().min(0).max(24 * 60).optional(),
  category: z.enum(CATEGORIES),
  /** As read from the source; 'onbekend' is resolved later through the school's code table. */
  geoorloofd: z.enum(GEOORLOOFD),
  reasonCode: z.string().trim().max(40).optional(),
  reasonText: z.string().trim().max(300).optional(),
  source: sourceSchema,
});
export type AbsenceRecord = z.infer<typeof absenceRecordSchema>;

/** Pupils from several sources: the first that names a pupil wins, later ones fill gaps. */
export function mergePupils(lists: readonly (readonly Pupil[])[]): Pupil[] {
  const merged = new Map<string, Pupil>();
  for (const list of lists) {
    for (const p of list) {
      const known = merged.get(p.id);
      if (!known) {
        merged.set(p.id, { ...p });
        continue;
      }
      known.name ||= p.name;
      known.birthDate ??= p.birthDate;
      known.group ??= p.group;
      known.schoolType ??= p.schoolType;
      known.vrijstelling ??= p.vrijstelling;
    }
  }
  return [...merged.values()];
}
