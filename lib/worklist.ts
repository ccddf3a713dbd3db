/**
 * "Te doen": every pupil with a signal whom nobody has acted on yet — no open case, no melding made
 * since the signal began, no acknowledgement — oldest signal first, with the school days since it
 * fired and the protocol's response time. "Gezien" takes a pupil off the list until new absences come
 * in after it; then the pupil returns, marked "nieuw verzuim sinds gezien". Pure.
 */
import { isoToDay, type IsoDate } from './calendar/days.ts';
import type { SchoolCalendar } from './calendar/schoolCalendar.ts';
import { regionProcess, NATIONAL_TERMS } from './cases.ts';
import { formatDate } from './format.ts';
import type { MadeMelding } from './meldingen/made.ts';
import type { OverviewRow, SignalSummary } from './overview.ts';
import { z } from './zod.ts';
import { isoDateSchema } from './model.ts';

/** "Gezien": who looked, when, a short note, and the last absence they saw. */
export const acknowledgementSchema = z.object({
  pupilId: z.string().min(1).max(120),
  on: isoDateSchema,
  by: z.string().trim().min(1, 'vul in wie het gezien heeft').max(100),
  note: z.string().max(500),
  /** The pupil's last absence day when it was seen: absences after it bring the pupil back. */
  lastAbsence: isoDateSchema.optional(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export interface WorkItem {
  row: OverviewRow;
  /** The oldest signal: the one waiting longest. */
  signal: SignalSummary;
  /** School days since the signal fired. */
  days: number;
  /** The protocol's first response time, e.g. "Actietafel … binnen 5 dagen". */
  response: string;
  /** Seen before, but absent again since: the day it was seen. */
  newSinceSeen?: IsoDate;
}

const UNIT_WORDS = { werkdagen: 'werkdagen', dagen: 'dagen', weken: 'weken', maanden: 'maanden' } as const;

/** The region's first term (else the DUO melding's), as a sentence. */
export function responseTime(presetId: string): string {
  const region = regionProcess(presetId);
  const term = region.terms[0] ?? NATIONAL_TERMS[0]!;
  return `${term.label}: binnen ${term.amount} ${UNIT_WORDS[term.unit as keyof typeof UNIT_WORDS] ?? term.unit}`;
}

export function worklist(
  rows: readonly OverviewRow[],
  made: readonly MadeMelding[],
  acknowledgements: readonly Acknowledgement[],
  calendar: SchoolCalendar,
  today: IsoDate,
  presetId: string,
): WorkItem[] {
  const acks = new Map(acknowledgements.map((a) => [a.pupilId, a]));
  const response = responseTime(presetId);
  const items: WorkItem[] = [];
  for (const row of rows) {
    if (row.signals.length === 0 || row.caseId) continue;
    const oldest = [...row.signals].sort((a, b) => (a.firedOn < b.firedOn ? -1 : 1))[0]!;
    // A melding made since the situation began is action taken.
    if (made.some((m) => m.pupilId === row.id && m.gemeldOp >= oldest.since)) continue;
    const ack = acks.get(row.id);
    const absentAgain = ack && row.lastAbsence !== undefined && (ack.lastAbsence === undefined || row.lastAbsence > ack.lastAbsence);
    if (ack && !absentAgain) continue;
    const fired = isoToDay(oldest.firedOn);
    const days = calendar.schoolDaysBetween(fired + 1, isoToDay(today));
    items.push({ row, signal: oldest, days, response, ...(ack ? { newSinceSeen: ack.on } : {}) });
  }
  return items.sort((a, b) => (a.signal.firedOn < b.signal.firedOn ? -1 : a.signal.firedOn > b.signal.firedOn ? 1 : a.row.name.localeCompare(b.row.name, 'nl')));
}

/** Pupils whose counted absences have no geoorloofd status: the administration's first job (they move the 16-uur dates). */
export function unknownStatusList(rows: readonly OverviewRow[]): { row: OverviewRow; days: number; since: IsoDate; text: string }[] {
  return rows
    .filter((r) => (r.unknownDays ?? 0) > 0)
    .map((r) => {
      const since = [...r.signals].sort((a, b) => (a.since < b.since ? -1 : 1))[0]?.since ?? r.seenOn;
      return { row: r, days: r.unknownDays!, since, text: `${r.unknownDays} verzuimdag(en) zonder geoorloofd/ongeoorloofd sinds ${formatDate(since)}` };
    })
    .sort((a, b) => b.days - a.days || (a.since < b.since ? -1 : 1));
}
