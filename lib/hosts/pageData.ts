/**
 * The absence data Magister and Somtoday load into their own pages: the most stable source those
 * pages offer, more so than their markup. Which responses carry absences, and their readers
 * (lib/hosts/magister/json.ts, lib/hosts/somtoday/json.ts).
 */
import type { IsoDate } from '../calendar/days.ts';
import type { AbsenceRecord, Pupil } from '../model.ts';
import { magisterAbsences } from './magister/json.ts';
import { somtodayAbsentieMeldingen, somtodayRegistratieOverzicht } from './somtoday/json.ts';
import type { PageJsonKind } from './types.ts';

export { pageJsonKind } from './systems.ts';

export interface JsonReading {
  pupils: Pupil[];
  records: AbsenceRecord[];
  /** Items that could not be read, or were past the bound (counted, never silently dropped). */
  skipped: number;
  /** The response held more than MAX_PAGE_RECORDS registrations: read up to there. */
  truncated?: boolean;
}

/** Reads one response; `today` ends registrations that have no end yet. */
export function readPageJson(kind: PageJsonKind, json: unknown, pupilId: string, today: IsoDate): JsonReading {
  switch (kind) {
    case 'magister-absenties':
      return magisterAbsences(json, pupilId);
    case 'somtoday-absentiemeldingen':
      return somtodayAbsentieMeldingen(json, pupilId, today);
    default:
      return somtodayRegistratieOverzicht(json, pupilId, today);
  }
}

/**
 * How the page-data script (page world) hands a response to the page script (the extension's world):
 * it sets the address and the response text as attributes on <html>, fires PAGE_DATA_EVENT and
 * removes them; PAGE_DATA_REQUEST asks for the responses seen so far. Attributes carry only strings:
 * a page that forges a hand-over cannot make the extension clone a huge object (a postMessage of a
 * million items costs seconds before any check can look at it), and the text's size is checked
 * before it is parsed.
 */
export const PAGE_DATA_CHANNEL = {
  event: 'thuiszitter-signaal:page-data',
  request: 'thuiszitter-signaal:request-page-data',
  urlAttribute: 'data-thuiszitter-signaal-url',
  textAttribute: 'data-thuiszitter-signaal-data',
} as const;

/** Characters of one response that are parsed (~10 MB; a year of a pupil's registrations is far less). */
export const MAX_PAGE_DATA_CHARS = 10_000_000;

