import { z } from './zod.ts';
import { isIsoDate, type IsoDate } from './calendar/days.ts';
import { CATEGORIES, GEOORLOOFD, SCHOOL_TYPES, VRIJSTELLING_GRONDEN } from './vocabulary.ts';

export * from './vocabulary.ts';

export type { IsoDate };

export const isoDateSchema = z.string().refine(isIsoDate, 'datum moet JJJJ-MM-DD zijn');
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd moet UU:MM zijn');

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

/** Which part of the day a record covers. */
export const spanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day') }),
  /** Lesuren from–to inclusive; without `to` until the end of the day. */
  z
    .object({
      kind: z.literal('lessons'),
      from: z.number().int().min(1).max(16),
      to: z.number().int().min(1).max(16).optional(),
    })
    .refine((s) => s.to === undefined || s.to >= s.from, 'eindlesuur ligt voor beginlesuur'),
  /** Clock times; without `end` until the end of the day. */
  z.object({ kind: z.literal('time'), start: clockTime, end: clockTime.optional() }).refine((s) => !s.end || s.end > s.start, 'eindtijd ligt niet na begintijd'),
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
  /** The remark beside the registration (EduArte/Somtoday `opmerkingen`): read when the code says nothing. */
  remark: z.string().trim().max(300).optional(),
  source: sourceSchema,
});
export type AbsenceRecord = z.infer<typeof absenceRecordSchema>;

