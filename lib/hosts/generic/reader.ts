/**
 * The reader for every page no adapter knows: any table, ARIA grid or labelled list whose headers
 * name a date and an absence reason (Datum, Dag, Lesuur, Van/Tot, Reden/Code/Omschrijving,
 * Geoorloofd/Verantwoord, Soort, Opmerking), in any column order. The rows go through the same
 * import as an export file, so dates, lesuren and geoorloofd read the same everywhere.
 */
import { mapHeaders, type ColumnMap } from '../../import/columns.ts';
import { RowImporter } from '../../import/rows.ts';
import type { AbsenceRecord } from '../../model.ts';
import { mergePupils } from '../../vocabulary.ts';
import { readIdentity, type PageIdentity } from './identity.ts';
import { MAX_PAGE_RECORDS } from '../json.ts';
import type { HostAdapter, PageReading, ReadContext, SystemId } from '../types.ts';

export interface GridCell {
  text: string;
  /** The element showing the value, when there is one of its own (a badge can go next to it). */
  element: Element | null;
}

/** A table-like block on the page. Cells are read lazily, row by row, so long tables are read in slices. */
export interface Grid {
  element: Element;
  headers: string[];
  rows: readonly Element[];
  cells(row: Element): GridCell[];
}

/** Rows handed to the import between two yields to the page. */
const ROWS_PER_SLICE = 250;
const REASON_FIELDS = ['reason', 'code', 'description', 'category', 'geoorloofd', 'ongeoorloofd', 'remark'] as const;
const PUPIL_FIELDS = ['id', 'name', 'lastName'] as const;

export function isAbsenceHeader(map: ColumnMap): boolean {
  return (map.date !== undefined || map.period !== undefined) && REASON_FIELDS.some((f) => map[f] !== undefined);
}

function trimmed(node: { textContent: string | null }): string {
  return (node.textContent ?? '').trim();
}

const elementCells = (elements: Element[]): GridCell[] => elements.map((element) => ({ text: trimmed(element), element }));

/** HTML tables: header from <thead>, or the first row that has <th> cells, or the first row. */
export function htmlTableGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
    if (rows.length === 0) continue;
    let headerIndex = rows.findIndex((r) => r.parentElement?.tagName === 'THEAD');
    if (headerIndex >= 0) {
      // With two header rows the last one holds the column names.
      while (rows[headerIndex + 1]?.parentElement?.tagName === 'THEAD') headerIndex++;
    } else {
      headerIndex = rows.findIndex((r) => r.querySelector('th') !== null);
      if (headerIndex < 0) headerIndex = 0;
    }
    const headers = Array.from(rows[headerIndex]!.children).map(trimmed);
    // A row that spans the table (a month heading, "geen registraties") is no record.
    const data = rows.slice(headerIndex + 1).filter((r) => r.children.length > 1 || headers.length <= 1);
    grids.push({ element: table, headers, rows: data, cells: (row) => elementCells(Array.from(row.children)) });
  }
  return grids;
}

/** ARIA grids built from divs: role=table/grid, role=row, role=columnheader, role=cell/gridcell. */
export function ariaGrids(root: ParentNode): Grid[] {
  const cellSelector = '[role="cell"], [role="gridcell"], [role="rowheader"]';
  return Array.from(root.querySelectorAll('[role="table"], [role="grid"], [role="treegrid"]')).map((grid) => ({
    element: grid,
    headers: Array.from(grid.querySelectorAll('[role="columnheader"]')).map(trimmed),
    rows: Array.from(grid.querySelectorAll('[role="row"]')).filter((row) => row.querySelector(cellSelector) !== null),
    cells: (row) => elementCells(Array.from(row.querySelectorAll(cellSelector))),
  }));
}

/** Label/value pairs of one list item: dt/dd, or children reading "Label: waarde". */
function labelledPairs(item: Element): { label: string; cell: GridCell }[] {
  const pairs: { label: string; cell: GridCell }[] = [];
  for (const dt of Array.from(item.querySelectorAll(':scope > dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') pairs.push({ label: trimmed(dt), cell: { text: trimmed(dd), element: dd } });
  }
  if (pairs.length > 0) return pairs;
  for (const child of Array.from(item.children)) {
    const match = /^([^:]{2,30}):\s*(.*)$/s.exec(trimmed(child));
    if (match) pairs.push({ label: match[1]!.trim(), cell: { text: match[2]!.trim(), element: child } });
  }
  return pairs;
}

/** Lists of records: sibling items (li, dl, article) each holding labelled values. */
export function labelledLists(root: ParentNode): Grid[] {
  const byParent = new Map<Element, { headers: string[]; items: Element[] }>();
  for (const item of Array.from(root.querySelectorAll('li, dl, article, [role="listitem"]'))) {
    const pairs = labelledPairs(item);
    if (pairs.length < 2 || !item.parentElement) continue;
    let group = byParent.get(item.parentElement);
    if (!group) byParent.set(item.parentElement, (group = { headers: [], items: [] }));
    for (const { label } of pairs) if (!group.headers.includes(label)) group.headers.push(label);
    group.items.push(item);
  }
  return Array.from(byParent, ([element, { headers, items }]) => ({
    element,
    headers,
    rows: items,
    cells: (item: Element) => {
      const pairs = labelledPairs(item);
      return headers.map((h) => pairs.find((p) => p.label === h)?.cell ?? { text: '', element: null });
    },
  }));
}

/** Every table-like block on the page whose headers name a date and an absence reason. */
export function findAbsenceGrids(root: ParentNode, grids: Grid[] = [...htmlTableGrids(root), ...ariaGrids(root), ...labelledLists(root)]) {
  const found: { grid: Grid; map: ColumnMap }[] = [];
  for (const grid of grids) {
    const { map } = mapHeaders(grid.headers);
    if (isAbsenceHeader(map) && grid.rows.length > 0) found.push({ grid, map });
  }
  // A block inside another found block would be read twice: keep the outermost.
  return found.filter((f) => !found.some((o) => o !== f && o.grid.element.contains(f.grid.element)));
}

/**
 * Reads the grids into pupils and records. A grid without a pupil column belongs to the pupil the
 * page is about (identity from labels or the heading).
 */
export async function readGrids(
  root: ParentNode,
  grids: readonly { grid: Grid; map: ColumnMap }[],
  context: ReadContext,
  system: SystemId,
  knownIdentity?: PageIdentity,
): Promise<PageReading | null> {
  if (grids.length === 0) return null;
  const identity = knownIdentity ?? readIdentity(root, grids.map((g) => g.grid.element));
  const pageId = identity.id || identity.name || 'leerling-op-deze-pagina';
  const anchors = new Map<string, Element>();
  const records: AbsenceRecord[] = [];
  const pupilLists = [];
  const problems: string[] = [];

  let truncated = false;
  for (const { grid, map } of grids) {
    if (records.length >= MAX_PAGE_RECORDS) {
      truncated = true;
      break;
    }
    const importer = new RowImporter({ sourceName: context.url, referenceYear: Number(context.today.slice(0, 4)), today: context.today });
    const hasPupil = PUPIL_FIELDS.some((f) => map[f] !== undefined);
    const identityCells = hasPupil ? [] : [pageId, identity.name ?? '', identity.birthDate ?? '', identity.group ?? ''];
    importer.push(hasPupil ? grid.headers : [...grid.headers, 'Leerlingnummer', 'Naam', 'Geboortedatum', 'Groep']);
    const anchorColumn = map.name ?? map.lastName ?? map.id;
    for (let i = 0; i < grid.rows.length; i++) {
      const cells = grid.cells(grid.rows[i]!);
      const texts = cells.map((c) => c.text);
      importer.push(hasPupil ? texts : [...texts, ...identityCells]);
      if (hasPupil) {
        const id = (map.id !== undefined ? texts[map.id] : '') || (map.name !== undefined ? texts[map.name] : '') || '';
        const anchor = anchorColumn !== undefined ? cells[anchorColumn]?.element : null;
        if (id && anchor && !anchors.has(id)) anchors.set(id, anchor);
      }
      if ((i + 1) % ROWS_PER_SLICE === 0) {
        // A page is read up to the bound; the sidebar says so.
        if (records.length + importer.recordCount >= MAX_PAGE_RECORDS) {
          truncated = true;
          break;
        }
        await context.yieldToPage();
      }
    }
    const result = importer.finish();
    for (const r of result.records.slice(0, Math.max(0, MAX_PAGE_RECORDS - records.length))) records.push(r);
    pupilLists.push(result.pupils);
    for (const p of result.problems) problems.push(`rij ${p.row}: ${p.message}`);
  }
  if (records.length === 0 && problems.length === 0) return null;
  const pupils = mergePupils(pupilLists);
  if (pupils.some((p) => p.id === pageId) && !anchors.has(pageId)) anchors.set(pageId, identity.anchor ?? grids[0]!.grid.element);
  return {
    system, kind: pupils.length > 1 ? 'groep' : 'leerling', pupils, records, anchors, problems, source: grids[0]!.grid.element,
    info: { source: system === 'geleerd' ? 'geleerd' : 'opmaak', skipped: problems.length, ...(truncated ? { truncated: { bound: MAX_PAGE_RECORDS } } : {}) },
  };
}

export const genericAdapter: HostAdapter = {
  system: 'generiek',
  hostSuffixes: [],
  read: (root, context) => readGrids(root, findAbsenceGrids(root), context, 'generiek'),
};
