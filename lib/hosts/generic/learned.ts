/**
 * "Leer deze pagina": for a page no reader recognises, the user picks the table once and says what
 * each column holds. The mapping is kept per host and path pattern (numbers in the path become *),
 * and found again by the table's header texts.
 */
import type { ColumnMap, Field } from '../../import/columns.ts';
import { ariaGrids, htmlTableGrids, labelledLists, readGrids, type Grid } from './reader.ts';
import type { PageReading, ReadContext } from '../types.ts';

/** The fields a user can give a column, with the header the import reads for each. */
export const LEARNABLE_FIELDS: readonly { field: Field; label: string; header: string }[] = [
  { field: 'date', label: 'Datum', header: 'Datum' },
  { field: 'endDate', label: 'Einddatum', header: 'Einddatum' },
  { field: 'lesson', label: 'Lesuur', header: 'Lesuur' },
  { field: 'fromLesson', label: 'Beginlesuur', header: 'Beginlesuur' },
  { field: 'toLesson', label: 'Eindlesuur', header: 'Eindlesuur' },
  { field: 'startTime', label: 'Begintijd', header: 'Begintijd' },
  { field: 'endTime', label: 'Eindtijd', header: 'Eindtijd' },
  { field: 'reason', label: 'Reden', header: 'Reden' },
  { field: 'code', label: 'Code', header: 'Code' },
  { field: 'geoorloofd', label: 'Geoorloofd (ja/nee)', header: 'Geoorloofd' },
  { field: 'category', label: 'Soort (ziek, te laat…)', header: 'Soort' },
  { field: 'wholeDay', label: 'Hele dag (ja/nee)', header: 'Hele dag' },
  { field: 'minutes', label: 'Minuten', header: 'Minuten' },
  { field: 'id', label: 'Leerlingnummer', header: 'Leerlingnummer' },
  { field: 'name', label: 'Naam leerling', header: 'Naam' },
  { field: 'group', label: 'Klas of groep', header: 'Klas' },
  { field: 'birthDate', label: 'Geboortedatum', header: 'Geboortedatum' },
  { field: 'remark', label: 'Opmerking', header: 'Opmerking' },
];

export interface LearnedPage {
  host: string;
  pathPattern: string;
  /** The header texts of the table, to find it again. */
  headers: string[];
  /** Per column: the field it holds, or null to ignore it. */
  columns: (Field | null)[];
}

/** Bounds on what is kept: a page script could otherwise fill the extension's storage through header texts. */
export const MAX_LEARNED_PAGES = 50;
const MAX_COLUMNS = 40;
const MAX_HEADER = 80;
const FIELDS = new Set<string>(LEARNABLE_FIELDS.map((f) => f.field));

/** Stored learned pages, validated and bounded; anything else is left out. */
export function parseLearnedPages(value: unknown): LearnedPage[] {
  if (!Array.isArray(value)) return [];
  const pages: LearnedPage[] = [];
  for (const p of value.slice(-MAX_LEARNED_PAGES)) {
    if (typeof p !== 'object' || p === null) continue;
    const { host, pathPattern: pattern, headers, columns } = p as Record<string, unknown>;
    if (typeof host !== 'string' || host.length > 253 || typeof pattern !== 'string' || pattern.length > 300) continue;
    if (!Array.isArray(headers) || !Array.isArray(columns) || headers.length > MAX_COLUMNS || columns.length !== headers.length) continue;
    if (!headers.every((h) => typeof h === 'string' && h.length <= MAX_HEADER)) continue;
    if (!columns.every((c) => c === null || (typeof c === 'string' && FIELDS.has(c)))) continue;
    pages.push({ host, pathPattern: pattern, headers: headers as string[], columns: columns as (Field | null)[] });
  }
  return pages;
}

/** A page taught again replaces its earlier mapping; past the bound the oldest goes. */
export function withLearnedPage(pages: readonly LearnedPage[], page: LearnedPage): LearnedPage[] {
  const bounded: LearnedPage = {
    host: page.host.slice(0, 253), pathPattern: page.pathPattern.slice(0, 300),
    headers: page.headers.slice(0, MAX_COLUMNS).map((h) => h.slice(0, MAX_HEADER)), columns: page.columns.slice(0, MAX_COLUMNS),
  };
  return [...pages.filter((p) => !(p.host === bounded.host && p.pathPattern === bounded.pathPattern)), bounded].slice(-MAX_LEARNED_PAGES);
}

export function pathPattern(pathname: string): string {
  return pathname.replace(/\d+/g, '*').slice(0, 300);
}

/** Every table, ARIA grid and labelled list on the page, for the user to choose from. */
export function candidateGrids(root: ParentNode): Grid[] {
  const grids = [...htmlTableGrids(root), ...ariaGrids(root), ...labelledLists(root)];
  return grids.filter((g) => g.rows.length > 0 && g.headers.length > 1);
}

export function learnedFor(pages: readonly LearnedPage[], host: string, pathname: string): LearnedPage[] {
  const pattern = pathPattern(pathname);
  return pages.filter((p) => p.host === host && p.pathPattern === pattern);
}

/** A learned mapping needs a date column. */
export function validateColumns(columns: readonly (Field | null)[]): string | null {
  if (!columns.includes('date')) return 'Kies welke kolom de datum is.';
  const chosen = columns.filter((c): c is Field => c !== null);
  const twice = chosen.find((c, i) => chosen.indexOf(c) !== i);
  if (twice) return `"${LEARNABLE_FIELDS.find((f) => f.field === twice)?.label ?? twice}" is aan twee kolommen gegeven.`;
  return null;
}

export async function readLearned(root: ParentNode, learned: readonly LearnedPage[], context: ReadContext): Promise<PageReading | null> {
  const grids = candidateGrids(root);
  const chosen: { grid: Grid; map: ColumnMap }[] = [];
  for (const page of learned) {
    const grid = grids.find((g) => g.headers.length === page.headers.length && g.headers.every((h, i) => h === page.headers[i]));
    if (!grid) continue;
    // The import reads canonical headers, so the user's choice wins over any guess from the page's own headers.
    const headers = page.columns.map((field, i) => LEARNABLE_FIELDS.find((f) => f.field === field)?.header ?? `genegeerd ${i + 1}`);
    const map: ColumnMap = {};
    page.columns.forEach((field, i) => {
      if (field && map[field] === undefined) map[field] = i;
    });
    chosen.push({ grid: { ...grid, headers }, map });
  }
  return readGrids(root, chosen, context, 'geleerd');
}
