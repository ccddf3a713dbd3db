/**
 * Magister (AngularJS + Kendo UI, HOSTS.md §1.3). A Kendo grid keeps its column headers and its rows
 * in two separate tables, groups rows by month and adds indent cells to both: the generic reader
 * cannot pair those, this reader can. Anything else on a Magister page goes to the generic reader.
 */
import { findAbsenceGrids, readGrids, type Grid, type GridCell } from '../generic/reader.ts';
import type { PageReading, ReadContext } from '../types.ts';
import { MAGISTER_SELECTORS as S } from './host.ts';

function cellsOf(row: Element): GridCell[] {
  return Array.from(row.children)
    .filter((c) => !c.matches(S.skipCells))
    .map((element) => ({ text: (element.textContent ?? '').trim(), element }));
}

export function kendoGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const grid of Array.from(root.querySelectorAll(S.grid))) {
    const headerRow = grid.querySelector(S.headerRow);
    const content = grid.querySelector(S.content);
    if (!headerRow || !content) continue;
    const headers = cellsOf(headerRow).map((c) => c.text);
    const rows = Array.from(content.querySelectorAll('tr')).filter((r) => !r.matches(S.skipRows));
    grids.push({ element: grid, headers, rows, cells: cellsOf });
  }
  return grids;
}

export async function readMagisterMarkup(root: ParentNode, context: ReadContext): Promise<PageReading | null> {
  const kendo = findAbsenceGrids(root, kendoGrids(root));
  return readGrids(root, kendo.length > 0 ? kendo : findAbsenceGrids(root), context, 'magister');
}
