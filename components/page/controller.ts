/**
 * Runs on the school's pages: reads the absences shown (in slices, yielding to the page), asks the
 * background to assess them, and shows a badge per pupil and the sidebar. Content that appears late
 * or changes (single-page apps) is read again after it settles, unless its text did not change.
 */
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { storage } from 'wxt/utils/storage';
import { LANG_KEY, LEARNED_KEY, OPEN_KEY } from '@/components/keys';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { readPage, readPageData, systemForHost, type PageReading, type SystemId } from '@/lib/hosts';
import { pageJsonKind } from '@/lib/hosts/systems';
import { MAX_PAGE_DATA_CHARS, PAGE_DATA_CHANNEL } from '@/lib/hosts/pageData';
import { candidateGrids, learnedFor, parseLearnedPages, pathPattern, readLearned, validateColumns, withLearnedPage, type LearnedPage } from '@/lib/hosts/generic/learned';
import { mapHeaders, type Field } from '@/lib/import/columns';
import { todayIso } from '@/lib/calendar/days';
import { userMessage } from '@/lib/errors';
import type { Lang } from '@/lib/explain';
import type { AssessResponse } from '@/lib/messages';
import { readIdentity } from '@/lib/hosts/generic/identity';
import type { ActionResponse } from '@/lib/messages';
import { BadgeLayer } from './badgeLayer';
import { FillPanel, FILL_PANEL_STYLES } from './fillPanel';
import { SHADOW_MODE } from './dom';
import { BADGE_STYLES, SIDEBAR_STYLES } from './styles';
import { renderBadge, renderSidebar, type SidebarState } from './ui';

/** Quiet time after the last change before the page is read again. */
const SETTLE_MS = 300;
/** A page that never stops changing (a clock, a ticker) is read at most this long after its first change. */
const MAX_WAIT_MS = 2_000;
/** An element of at most this much text that changed more than RESTLESS_CHANGES times, each within RESTLESS_WINDOW_MS, is a clock, not data. */
const RESTLESS_MAX_TEXT = 200;
const RESTLESS_MAX_CHILDREN = 5;
const RESTLESS_CHANGES = 3;
const RESTLESS_WINDOW_MS = 5_000;
const BADGES_PER_SLICE = 20;
const GROUP_PAGE_SIZE = 50;
const OWN_TAGS = new Set(['THUISZITTER-BADGE', 'THUISZITTER-SIGNAAL', 'THUISZITTER-BADGES', 'THUISZITTER-INVULLEN']);
/**
 * From this many records a page gets its badges in a layer of their own instead of in its cells:
 * a badge in a cell makes the browser lay out the whole table again (measured: ~60 ms at 1,000 rows,
 * ~600 ms at 10,000; npm run bench).
 */
const LARGE_PAGE_RECORDS = 500;

/** FNV-1a over the page's text: cheap enough to tell changed content from unchanged. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Learned pages as stored by this script; anything else in storage is ignored. */
/** Page-data responses kept per page (the latest; one per address). */
const MAX_PAGE_DATA_RESPONSES = 8;

export async function runOnPage(ctx: ContentScriptContext): Promise<void> {
  const badges: ShadowRootContentScriptUi<void>[] = [];
  const state: SidebarState = {
    status: 'reading', learning: null, view: null, kind: 'leerling', selected: null, shown: GROUP_PAGE_SIZE, problems: [],
    lang: (await storage.getItem<string>(LANG_KEY)) === 'en' ? 'en' : 'nl',
    open: (await storage.getItem<boolean>(OPEN_KEY)) ?? true,
  };
  let sidebarContainer: HTMLElement | null = null;
  let openedHere = false;
  let lastSignature = '';
  let reading: PageReading | null = null;
  let running = false;
  let again = false;

  const actions = {
    toggle(open: boolean) {
      state.open = open;
      openedHere = open;
      void storage.setItem(OPEN_KEY, open);
      renderSidebarNow();
    },
    setLang(lang: Lang) {
      state.lang = lang;
      void storage.setItem(LANG_KEY, lang);
      lastSignature = '';
      void refresh();
    },
    select(pupilId: string | null) {
      state.selected = pupilId;
      renderSidebarNow();
    },
    showMore() {
      state.shown += GROUP_PAGE_SIZE;
      renderSidebarNow();
    },
    melding(pupilId: string, kind: 'leerplicht' | 'swv') {
      // A BSN shown on a single pupil's page goes along only for the DUO melding.
      const personNumber = kind === 'leerplicht' && reading?.kind === 'leerling' ? readIdentity(document).personNumber : undefined;
      void act(pupilId, { type: 'melding', melding: kind, pupilId, personNumber }, state.lang === 'nl' ? 'Het concept staat open in een nieuw tabblad.' : 'The draft is open in a new tab.');
    },
    follow(pupilId: string) {
      void act(pupilId, { type: 'follow', pupilId }, state.lang === 'nl' ? 'De leerling wordt gevolgd.' : 'The pupil is followed.').then((ok) => {
        if (!ok) return;
        lastSignature = '';
        void refresh();
      });
    },
    openSettings() {
      void browser.runtime.sendMessage({ type: 'open', page: 'instellingen' });
    },
    openCase(caseId: string) {
      void browser.runtime.sendMessage({ type: 'open', page: 'zaak', id: caseId });
    },
    learn: {
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
        renderSidebarNow();
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
        actions.learn.highlight(null);
        const learning = state.learning;
        if (!learning) return;
        // Start from what the headers already say.
        const { map } = mapHeaders(grids[index]!.headers);
        const columns: (Field | null)[] = grids[index]!.headers.map(() => null);
        for (const [field, column] of Object.entries(map)) columns[column] = field as Field;
        state.learning = { step: 'map', candidates: learning.candidates, index, columns };
        renderSidebarNow();
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
          renderSidebarNow();
          return;
        }
        const page: LearnedPage = {
          host: location.hostname,
          pathPattern: pathPattern(location.pathname),
          headers: grids[learning.index]!.headers,
          columns: [...learning.columns],
        };
        learned = withLearnedPage(learned, page);
        void storage.setItem(LEARNED_KEY, learned);
        state.learning = null;
        lastSignature = '';
        void refresh();
      },
      cancel() {
        actions.learn.highlight(null);
        state.learning = null;
        renderSidebarNow();
      },
    },
  };
  /** A melding or case request: the page's reading goes along, so the background judges what it assessed itself. */
  async function act(pupilId: string, message: Record<string, unknown>, success: string): Promise<boolean> {
    if (!reading) return false;
    const response = (await browser.runtime.sendMessage({
      ...message, url: location.href.slice(0, 2000), system: reading.system, kind: reading.kind,
      pupils: reading.pupils, records: reading.records, lang: state.lang,
    })) as ActionResponse | undefined;
    const ok = !!response?.ok;
    state.notice = { pupilId, ok, text: ok ? success : response && !response.ok ? response.error : 'geen antwoord van de extensie' };
    renderSidebarNow();
    return ok;
  }
  let grids: ReturnType<typeof candidateGrids> = [];
  let highlighted: { restore(): void } | null = null;
  let learned = parseLearnedPages(await storage.getItem<unknown>(LEARNED_KEY));

  function renderSidebarNow() {
    if (!sidebarContainer) return;
    // A page without absences gets only the closed tab, unless the user opened the sidebar here.
    const view = { ...state, open: state.open && (state.status !== 'none' || openedHere || state.learning !== null) };
    sidebarContainer.replaceChildren(...renderSidebar(view, actions));
  }

  const sidebarUi = await createShadowRootUi(ctx, {
    name: 'thuiszitter-signaal',
    position: 'overlay',
    mode: SHADOW_MODE,
    anchor: 'body',
    append: 'last',
    css: SIDEBAR_STYLES,
    onMount(container) {
      sidebarContainer = container;
      renderSidebarNow();
    },
  });
  sidebarUi.mount();

  let fillPanel: FillPanel | null = null;
  const fillUi = await createShadowRootUi(ctx, {
    name: 'thuiszitter-invullen',
    position: 'overlay',
    mode: SHADOW_MODE,
    anchor: 'body',
    append: 'last',
    css: FILL_PANEL_STYLES,
    onMount(container) {
      fillPanel = new FillPanel(ctx, container);
    },
  });
  fillUi.mount();

  function clearBadges() {
    for (const badge of badges.splice(0)) badge.remove();
  }

  let layer: BadgeLayer | null = null;
  const layerUi = await createShadowRootUi(ctx, {
    name: 'thuiszitter-badges',
    position: 'overlay',
    mode: SHADOW_MODE,
    anchor: 'body',
    append: 'last',
    css: BADGE_STYLES,
    onMount(container) {
      layer = new BadgeLayer(ctx, container);
    },
  });
  layerUi.mount();

  const openPupil = (id: string) => {
    state.selected = id;
    actions.toggle(true);
  };

  async function showBadges(page: PageReading) {
    clearBadges();
    layer?.clear();
    const pupils = (state.view?.pupils ?? []).filter((p) => page.anchors.get(p.id)?.isConnected);
    if (page.records.length > LARGE_PAGE_RECORDS && layer) {
      layer.show(pupils.map((pupil) => ({ anchor: page.anchors.get(pupil.id)!, badge: renderBadge(pupil, state.lang, () => openPupil(pupil.id)) })));
      return;
    }
    let mounted = 0;
    for (const pupil of pupils) {
      const anchor = page.anchors.get(pupil.id)!;
      // A group page may need hundreds of badges: mount them in slices.
      if (++mounted % BADGES_PER_SLICE === 0) await yieldToPage();
      const ui = await createShadowRootUi<void>(ctx, {
        name: 'thuiszitter-badge',
        position: 'inline',
        mode: SHADOW_MODE,
        anchor,
        append: 'last',
        css: BADGE_STYLES,
        onMount(container) {
          // WXT's container is a block <div>: inline keeps the badge beside the pupil's name.
          container.style.display = 'inline';
          container.append(renderBadge(pupil, state.lang, () => openPupil(pupil.id)));
        },
      });
      ui.mount();
      badges.push(ui);
    }
  }

  const yieldToPage = () =>
    new Promise<void>((resolve) => {
      const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
      if (scheduler?.yield) void scheduler.yield().then(resolve);
      else ctx.setTimeout(resolve, 0);
    });

  async function refresh() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const signature = `${location.href}#${fingerprint(document.body?.textContent ?? '')}`;
      if (signature === lastSignature) return;
      lastSignature = signature;
      fillPanel?.update(document);
      const hint = document.querySelector('meta[name="ts-demo-system"]')?.getAttribute('content');
      // Records name their source briefly; the request carries the page address once.
      const context = { url: 'pagina', today: todayIso(), yieldToPage };
      const taught = learnedFor(learned, location.hostname, location.pathname);
      // The data the page loaded itself is the most stable source; then a taught mapping; then the markup.
      const system = (hint as SystemId | null) ?? systemForHost(location.hostname);
      reading =
        (pageData.size > 0 ? await readPageData(document, [...pageData.values()], system, context.today, yieldToPage) : null) ??
        (taught.length > 0 ? await readLearned(document, taught, context) : null) ??
        (await readPage(document, location.hostname, context, hint));
      if (!ctx.isValid) return;
      if (!reading || reading.records.length === 0) {
        state.status = 'none';
        state.view = null;
        state.problems = [...pageDataProblems, ...(reading?.problems ?? [])];
        clearBadges();
        layer?.clear();
        renderSidebarNow();
        return;
      }
      // The answer comes from the extension's own service worker, which validated the request with zod.
      const response = (await browser.runtime.sendMessage({
        type: 'assess', url: location.href.slice(0, 2000), system: reading.system, kind: reading.kind,
        pupils: reading.pupils, records: reading.records, lang: state.lang, info: reading.info,
      })) as AssessResponse | undefined;
      if (!response || !response.ok) {
        state.status = 'error';
        state.error = response && !response.ok ? response.error : 'geen antwoord van de extensie';
        renderSidebarNow();
        return;
      }
      state.status = 'ready';
      state.view = response;
      state.kind = reading.kind;
      state.problems = [...pageDataProblems, ...reading.problems];
      if (state.selected && !state.view.pupils.some((p) => p.id === state.selected)) state.selected = null;
      renderSidebarNow();
      await showBadges(reading);
    } catch (error) {
      state.status = 'error';
      state.error = userMessage(error, 'Het lezen van deze pagina');
      renderSidebarNow();
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  let timer: number | undefined;
  let firstChange = 0;
  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    const now = performance.now();
    if (timer === undefined) firstChange = now;
    // Debounced, but never postponed past MAX_WAIT_MS: a restless page is still read.
    const wait = Math.max(0, Math.min(SETTLE_MS, firstChange + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void refresh();
    }, wait);
  }

  // Absence data the page loaded itself, handed over by the page-data script (entrypoints/page-data.content.ts).
  // It comes from the page's world: treated like the page's markup, as untrusted content.
  const pageData = new Map<string, { url: string; json: unknown }>();
  let pageDataProblems: string[] = [];
  ctx.addEventListener(window, PAGE_DATA_CHANNEL.event, () => {
    const root = document.documentElement;
    const url = root.getAttribute(PAGE_DATA_CHANNEL.urlAttribute);
    const text = root.getAttribute(PAGE_DATA_CHANNEL.textAttribute);
    if (!url || text === null || !pageJsonKind(url)) return;
    if (text.length > MAX_PAGE_DATA_CHARS) {
      pageDataProblems = [`gegevens van de pagina te groot (${Math.round(text.length / 1_000_000)} miljoen tekens, ten hoogste ${MAX_PAGE_DATA_CHARS / 1_000_000} miljoen): niet gelezen`];
      schedule();
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const key = url.split('?')[0]!.slice(0, 2000);
    pageData.delete(key);
    pageData.set(key, { url: url.slice(0, 2000), json });
    // A page could hand over responses for endless addresses: keep the latest few.
    while (pageData.size > MAX_PAGE_DATA_RESPONSES) pageData.delete(pageData.keys().next().value!);
    lastSignature = '';
    schedule();
  });
  // Ask for what the page loaded before this script started.
  window.dispatchEvent(new Event(PAGE_DATA_CHANNEL.request));

  // Our own badges and sidebar change the page too: those changes are not the school's content.
  // (Changes inside their shadow roots are not observed; only the hosts come and go.)
  const isOwn = (node: Node) => OWN_TAGS.has(node.nodeName);
  const ownUis = [sidebarUi, fillUi, layerUi];
  // A clock or ticker changes the page every second: after a few changes within seconds such a small,
  // table-less element is ignored, so a large page is not read again for it (one reading costs ~1 s at 12,000 rows).
  const changes = new WeakMap<Element, { count: number; last: number }>();
  const isRestless = (m: MutationRecord): boolean => {
    const el = m.target instanceof Element ? m.target : m.target.parentElement;
    // Cheap tests first: this runs for every mutation, also while a page builds a table of 10,000 rows.
    if (!el || el === document.body || el === document.documentElement || el.childElementCount > RESTLESS_MAX_CHILDREN) return false;
    const now = performance.now();
    const seen = changes.get(el);
    if (!seen || now - seen.last > RESTLESS_WINDOW_MS) {
      changes.set(el, { count: 1, last: now });
      return false;
    }
    seen.count++;
    seen.last = now;
    if (seen.count <= RESTLESS_CHANGES) return false;
    // Only an element that keeps changing is measured: small, and no table in it.
    return (el.textContent?.length ?? 0) <= RESTLESS_MAX_TEXT && !el.querySelector('table,tr,[role="grid"],[role="row"]');
  };
  const observer = new MutationObserver((mutations) => {
    // A page that replaces <body> (or empties it) takes our hosts along: mount them again.
    if (ownUis.some((ui) => !ui.shadowHost.isConnected) && document.body) {
      for (const ui of ownUis) {
        ui.remove();
        ui.mount();
      }
      clearBadges();
      lastSignature = '';
    }
    const foreign = mutations.some((m) => {
      if (isRestless(m)) return false;
      if (m.type !== 'childList') return true;
      for (const n of m.addedNodes) if (!isOwn(n)) return true;
      for (const n of m.removedNodes) if (!isOwn(n)) return true;
      return false;
    });
    if (foreign) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // Another pupil: the data the page loaded for the previous one no longer applies.
    pageData.clear();
    schedule();
  });

  await refresh();
}
