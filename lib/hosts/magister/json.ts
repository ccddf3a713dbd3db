/**
 * Magister's `/api/personen/{id}/absenties` as its web app loads it (HOSTS.md §1.2; the real,
 * anonymised record in RoelWijsman/SuperMagister `lib/magister/__fixtures__/absenties.json`): one item
 * per lesson. The item's Start is the day (local midnight written in UTC); the lesson (Afspraak) has
 * the real moment and the lesuren. Verantwoordingtype is Magister's own enum.
 */
import type { AbsenceRecord, Category, Span } from '../../model.ts';
import { categoryFromText } from '../../rules/reasons.ts';
import { flag, int, isObject, localMoment, MAX_PAGE_RECORDS, MAX_RESPONSE_ITEMS, str } from '../json.ts';
import type { JsonReading } from '../pageData.ts';

/** Magister's Verantwoordingtype (HOSTS.md §1.2): 1 absent, 2 te laat, 3 ziek, 4 uit de les, 6 vrijstelling, 7 boeken, 8 huiswerk. */
const MAGISTER_TYPES: Record<number, Category> = { 1: 'absent', 2: 'te-laat', 3: 'ziek', 4: 'verwijderd', 6: 'overig', 7: 'overig', 8: 'overig' };
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The Dutch date a Magister timestamp means (22:00Z in summer is the next day in the Netherlands). */
export function magisterDate(value: unknown): string | undefined {
  return localMoment(value)?.date;
}

export function magisterAbsences(json: unknown, pupilId: string): JsonReading {
  const items = isObject(json) && Array.isArray(json.Items) ? json.Items : [];
  const records: AbsenceRecord[] = [];
  let skipped = 0;
  for (const item of items.slice(0, MAX_RESPONSE_ITEMS)) {
    if (!isObject(item) || records.length >= MAX_PAGE_RECORDS) {
      skipped++;
      continue;
    }
    const lesson = isObject(item.Afspraak) ? item.Afspraak : undefined;
    const start = localMoment(lesson?.Start);
    const date = start?.date ?? magisterDate(item.Start);
    if (!date) {
      skipped++;
      continue;
    }
    const from = int(lesson?.LesuurVan, 1, 16) ?? int(item.Lesuur, 1, 16);
    const to = int(lesson?.LesuurTotMet, 1, 16) ?? from;
    const end = localMoment(lesson?.Einde);
    let span: Span;
    if (lesson?.DuurtHeleDag === true) span = { kind: 'day' };
    else if (from) span = { kind: 'lessons', from, to: Math.max(from, to ?? from) };
    // A lesson without lesuren (an activity): its own times.
    else if (start && end && end.date === start.date && end.minutes > start.minutes) span = { kind: 'time', start: clock(start.minutes), end: clock(end.minutes) };
    else span = { kind: 'day' };
    const reasonText = str(item.Omschrijving);
    const category = MAGISTER_TYPES[int(item.Verantwoordingtype, 1, 8) ?? 0] ?? categoryFromText(reasonText) ?? 'absent';
    const record: AbsenceRecord = { pupilId, date, span, category, geoorloofd: flag(item.Geoorloofd), source: { kind: 'page', name: 'magister-json' } };
    const code = str(item.Code, 40);
    if (code) record.reasonCode = code;
    if (reasonText) record.reasonText = reasonText;
    records.push(record);
  }
  return { pupils: [{ id: pupilId, name: '' }], records, skipped: skipped + Math.max(0, items.length - MAX_RESPONSE_ITEMS), truncated: items.length > MAX_RESPONSE_ITEMS };
}
