/**
 * The samenwerkingsverband's thuiszittersregistratie for the Inspectie (RULES.md §3.4): anonymised (no
 * names, no numbers; a stable pseudonym per pupil), in the Inspectie's categories, and rows of pupils
 * who are no longer thuiszitter stay in the file (with an einddatum).
 */
import type { IsoDate } from '../calendar/days.ts';
import { formDate } from '../format.ts';
import type { FlaggedPupil } from '../overview.ts';

export const INSPECTIE_CATEGORIES = {
  '4-weken-3-maanden': 'Langdurig relatief verzuim, 4 weken tot 3 maanden',
  'langer-dan-3-maanden': 'Langdurig relatief verzuim, langer dan 3 maanden',
  absoluut: 'Absoluut verzuim',
  'vrijstelling-5a': 'Vrijstelling art. 5 onder a',
} as const;
export type InspectieCategory = keyof typeof INSPECTIE_CATEGORIES;

export interface RegistratieRow {
  /** Pseudonym and start: one row per thuiszitten period of a pupil. */
  id: string;
  pseudonym: string;
  category: InspectieCategory;
  since: IsoDate;
  /** Set when the pupil is no longer in the category; the row stays. */
  until?: IsoDate;
  updatedOn: IsoDate;
}

/**
 * A stable pseudonym: HMAC-SHA-256 of the pupil number with the school's own secret (kept in the
 * extension), so the same pupil gets the same pseudonym in every round and nobody can reverse it.
 */
export async function pseudonymFor(pupilId: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(pupilId)));
  return `TZ-${Array.from(mac.slice(0, 5), (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** The Inspectie category a flagged pupil belongs to now, if any. */
export function categoryOf(pupil: Pick<FlaggedPupil, 'signals' | 'vrijstelling5a' | 'seenOn'>): { category: InspectieCategory; since: IsoDate } | null {
  const thuiszitter = pupil.signals.find((s) => s.kind === 'thuiszitter');
  if (thuiszitter?.bucket) return { category: thuiszitter.bucket, since: thuiszitter.since };
  // The data gives no start date of a vrijstelling: it is registered from the day it was seen.
  if (pupil.vrijstelling5a) return { category: 'vrijstelling-5a', since: pupil.signals[0]?.since ?? pupil.seenOn };
  return null;
}

/** The register after this round: current pupils added or updated, pupils no longer in it get an einddatum; nothing is removed. */
export function updateRegister(
  existing: readonly RegistratieRow[],
  current: readonly { pseudonym: string; category: InspectieCategory; since: IsoDate }[],
  today: IsoDate,
): RegistratieRow[] {
  const rows = new Map(existing.map((r) => [r.id, { ...r }]));
  const seen = new Set<string>();
  for (const c of current) {
    const id = `${c.pseudonym}:${c.since}`;
    seen.add(id);
    rows.set(id, { id, pseudonym: c.pseudonym, category: c.category, since: c.since, updatedOn: today });
  }
  for (const row of rows.values()) if (!seen.has(row.id) && !row.until) Object.assign(row, { until: today, updatedOn: today });
  return [...rows.values()].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.pseudonym.localeCompare(b.pseudonym)));
}

export const INSPECTIE_COLUMNS = ['Pseudoniem', 'Categorie', 'Startdatum', 'Einddatum', 'Nog thuiszitter'] as const;

export function inspectieTable(rows: readonly RegistratieRow[]): string[][] {
  return [[...INSPECTIE_COLUMNS], ...rows.map((r) => [r.pseudonym, INSPECTIE_CATEGORIES[r.category], formDate(r.since), r.until ? formDate(r.until) : '', r.until ? 'nee' : 'ja'])];
}
