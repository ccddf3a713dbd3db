/**
 * EduArte's deelnemer page "Absentiemeldingen" (topicusonderwijs/tribe-krd-opensource,
 * DeelnemerAbsentiemeldingenPage.java): a data table with Reden, Datum/tijd, Afgehandeld, Opmerkingen
 * and more. The generic reader reads it; Datum/tijd is one cell for the whole period
 * (AbsentieMelding.getBeginEind: "dd-MM-yyyy", "dd-MM-yyyy t/m dd-MM-yyyy", "dd-MM-yyyy 2e t/m 4e uur",
 * "dd-MM-yyyy HH:mm:ss - HH:mm:ss"), read by the import's period cell. The pupil is in the title bar,
 * "<deelnemernummer> <volledige naam>" (DeelnemerTitel.java).
 */
import { findAbsenceGrids, readGrids } from '../generic/reader.ts';
import { textOf, type PageIdentity } from '../generic/identity.ts';
import type { PageReading, ReadContext } from '../types.ts';
import { EDUARTE_SELECTORS } from './host.ts';

export function eduarteIdentity(root: ParentNode): PageIdentity | undefined {
  const title = root.querySelector(EDUARTE_SELECTORS.title);
  const match = title ? /^(\d{3,12})\s+(\S.{0,118})$/.exec(textOf(title)) : null;
  return match ? { id: match[1], name: match[2]!.trim(), anchor: title! } : undefined;
}

export async function readEduarteMarkup(root: ParentNode, context: ReadContext): Promise<PageReading | null> {
  const grids = findAbsenceGrids(root);
  if (grids.length === 0) return null;
  return readGrids(root, grids, context, 'eduarte', eduarteIdentity(root));
}
