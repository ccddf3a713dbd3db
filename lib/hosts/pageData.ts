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
