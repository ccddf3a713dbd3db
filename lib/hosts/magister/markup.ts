/**
 * Magister (AngularJS + Kendo UI, HOSTS.md §1.3). A Kendo grid keeps its column headers and its rows
 * in two separate tables (`.k-grid-header` and `.k-grid-content`), groups rows by month with
 * `tr.k-grouping-row`, and adds indent cells (`.k-group-cell`) to both: the generic reader cannot
 * pair those, this reader can. Anything else on a Magister page goes to the generic reader.
 */
import { findAbsenceGrids, readGrids, type Grid, type GridCell } from '../generic/reader.ts';
import type { HostAdapter } from '../types.ts';

const SKIP_CELLS = '.k-group-cell, .k-hierarchy-cell';

function cellsOf(row: Element): GridCell[] {
  return Array.from(row.children)
    .filter((c) => !c.matches(SKIP_CELLS))
    .map((element) => ({ text: (element.textContent ?? '').trim(), element }));
}

export function kendoGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const grid of Array.from(root.querySelectorAll('.k-grid'))) {
    const headerRow = grid.querySelector('.k-grid-header tr:last-child');
    const content = grid.querySelector('.k-grid-content table');
    if (!headerRow || !content) continue;
    const headers = cellsOf(headerRow).map((c) => c.text);
    const rows = Array.from(content.querySelectorAll('tr')).filter((r) => !r.matches('.k-grouping-row, .k-detail-row, .k-no-data'));
    grids.push({ element: grid, headers, rows, cells: cellsOf });
  }
  return grids;
}

export const magisterAdapter: HostAdapter = {
  system: 'magister',
  hostSuffixes: ['.magister.net'],
  async read(root, context) {
    const kendo = findAbsenceGrids(root, kendoGrids(root));
    return readGrids(root, kendo.length > 0 ? kendo : findAbsenceGrids(root), context, 'magister');
  },
};
