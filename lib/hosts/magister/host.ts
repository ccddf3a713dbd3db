/** Magister (VO): where it runs and what its pages are made of (HOSTS.md §1). Data only: the page-data script imports it. */
import type { HostDefinition } from '../types.ts';

export const MAGISTER_SELECTORS = {
  grid: '.k-grid',
  headerRow: '.k-grid-header tr:last-child',
  content: '.k-grid-content table',
  /** Month headings, detail rows, "no data": no records. */
  skipRows: '.k-grouping-row, .k-detail-row, .k-no-data',
  /** Indent cells Kendo adds to grouped grids. */
  skipCells: '.k-group-cell, .k-hierarchy-cell',
} as const;

export const magister: HostDefinition = {
  system: 'magister',
  name: 'Magister',
  matches: ['https://*.magister.net/*'],
  hostSuffixes: ['.magister.net'],
  schoolType: 'vo',
  pageData: [{ kind: 'magister-absenties', path: /\/api\/personen\/\d+\/absenties$/ }],
  known: 'JSON (absenties, a real anonymised record) and its Kendo grids; the staff pages’ markup is not public',
};
