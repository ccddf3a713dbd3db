/**
 * "Leer deze pagina": the user picks the table that holds the absences and says per column what is in
 * it; the mapping is kept per site and path pattern (lib/hosts/generic/learned.ts) and read first next time.
 */
import { learnedPagesItem } from '@/components/storage';
import { candidateGrids, parseLearnedPages, pathPattern, validateColumns, withLearnedPage, type LearnedPage } from '@/lib/hosts/generic/learned';
import { mapHeaders, type Field } from '@/lib/import/columns';
import type { SidebarActions, SidebarState } from './ui';

export interface LearnDeps {
  state: SidebarState;
  render(): void;
  /** Read the page again from scratch (with the new mapping). */
  reread(): void;
}

/** The pages this browser learned, as stored; anything else in storage is ignored. */
export async function loadLearnedPages(): Promise<LearnedPage[]> {
  return parseLearnedPages(await learnedPagesItem.getValue());
}

export function learnActions(deps: LearnDeps, learned: { pages: LearnedPage[] }): SidebarActions['learn'] {
  const { state, render, reread } = deps;
  let grids: ReturnType<typeof candidateGrids> = [];
  let highlighted: { restore(): void } | null = null;
  const actions: SidebarActions['learn'] = {
    start() {
      grids = candidateGrids(document);
      state.learning = {
        step: 'choose',
        candidates: grids.map((g) => ({
          headers: g.headers.map((h) => h.slice(0, 40)),
          rows: g.rows.length,
          example: g.rows[0] ? g.cells(g.rows[0]).map((c) => c.text.slice(0, 40)) : [],
        })),
      };
      render();
    },
    highlight(index: number | null) {
      highlighted?.restore();
      highlighted = null;
      const grid = index === null ? undefined : grids[index];
      if (grid && grid.element instanceof HTMLElement) {
        const el = grid.element;
        const previous = el.style.outline;
        el.style.outline = '3px solid #1a73e8';
        highlighted = { restore: () => (el.style.outline = previous) };
      }
    },
    choose(index: number) {
      actions.highlight(null);
      const learning = state.learning;
      if (!learning) return;
      // Start from what the headers already say.
      const { map } = mapHeaders(grids[index]!.headers);
      const columns: (Field | null)[] = grids[index]!.headers.map(() => null);
      for (const [field, column] of Object.entries(map)) columns[column] = field as Field;
      state.learning = { step: 'map', candidates: learning.candidates, index, columns };
      render();
    },
    setColumn(column: number, field: Field | null) {
      if (state.learning?.step !== 'map') return;
      state.learning.columns[column] = field;
      state.learning.error = undefined;
    },
    save() {
      const learning = state.learning;
      if (learning?.step !== 'map') return;
      const error = validateColumns(learning.columns);
      if (error) {
        learning.error = error;
        render();
        return;
      }
      const page: LearnedPage = {
        host: location.hostname,
        pathPattern: pathPattern(location.pathname),
        headers: grids[learning.index]!.headers,
        columns: [...learning.columns],
      };
      learned.pages = withLearnedPage(learned.pages, page);
      void learnedPagesItem.setValue(learned.pages);
      state.learning = null;
      reread();
    },
    cancel() {
      actions.highlight(null);
      state.learning = null;
      render();
    },
  };
  return actions;
}
