/**
 * Runs on the school's pages: reads the absences shown (in slices, yielding to the page), asks the
 * background to assess them, and shows a badge per pupil and the sidebar. Content that appears late
 * or changes (single-page apps) is read again after it settles, unless its text did not change.
 * The jobs live beside this file: mount.ts (the UI), pageDataInbox.ts (the page's own data),
 * pageChanges.ts (when to read again), learn.ts ("Leer deze pagina"), fillPanel.ts (filling a form);
 * reading itself is lib/hosts (readShownPage), messages go through components/messaging.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { langItem, sidebarOpenItem } from '@/components/storage';
import { send } from '@/components/messaging';
import { todayIso } from '@/lib/calendar/days';
import { userMessage } from '@/lib/errors';
import type { Lang } from '@/lib/explain';
import { readShownPage, type PageReading } from '@/lib/hosts';
import type { RequestOf } from '@/lib/messages';
import { learnActions, loadLearnedPages } from './learn';
import { mountPageUi } from './mount';
import { debounced, watchPageChanges } from './pageChanges';
import { PageDataInbox } from './pageDataInbox';
import { renderSidebar, type SidebarActions, type SidebarState } from './ui';

const GROUP_PAGE_SIZE = 50;

/** FNV-1a over the page's text: cheap enough to tell changed content from unchanged. */
function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** What identifies a control across re-renders: its kind and its accessible words. */
function focusKey(el: HTMLElement): { tag: string; key: string } {
  return { tag: el.tagName.toLowerCase(), key: `${el.getAttribute('data-testid') ?? ''}|${el.getAttribute('aria-label') ?? ''}|${el.textContent ?? ''}` };
}

export async function runOnPage(ctx: ContentScriptContext): Promise<void> {
  const state: SidebarState = {
    status: 'reading', learning: null, view: null, kind: 'leerling', selected: null, shown: GROUP_PAGE_SIZE, problems: [],
    lang: (await langItem.getValue()) === 'en' ? 'en' : 'nl',
    open: await sidebarOpenItem.getValue(),
  };
  let openedHere = false;
  let sidebar: HTMLElement | null = null;
  let lastSignature = '';
  let reading: PageReading | null = null;
  let running = false;
  let again = false;
  const learned = { pages: await loadLearnedPages() };

  const yieldToPage = () =>
    new Promise<void>((resolve) => {
      const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
      if (scheduler?.yield) void scheduler.yield().then(resolve);
      else ctx.setTimeout(resolve, 0);
    });

  function renderSidebarNow() {
    if (!sidebar) return;
    // A page without absences gets only the closed tab, unless the user opened the sidebar here.
    const view = { ...state, open: state.open && (state.status !== 'none' || openedHere || state.learning !== null) };
    // A re-render (the page read again) must not take the keyboard focus away: the same control keeps it.
    const root = sidebar.getRootNode() as ShadowRoot | Document;
    const focused = root.activeElement instanceof HTMLElement && sidebar.contains(root.activeElement) ? focusKey(root.activeElement) : null;
    sidebar.replaceChildren(...renderSidebar(view, actions));
    if (focused) [...sidebar.querySelectorAll<HTMLElement>(focused.tag)].find((el) => focusKey(el).key === focused.key)?.focus();
  }

  /** Read the page again even if its text did not change (another language, a new mapping, new page data). */
  function reread() {
    lastSignature = '';
    void refresh();
  }

  /** A melding or case request: the page's reading goes along, so the background judges what it assessed itself. */
  async function act(pupilId: string, request: Pick<RequestOf<'melding'>, 'type' | 'melding' | 'pupilId' | 'personNumber'> | Pick<RequestOf<'follow'>, 'type' | 'pupilId'>, success: string) {
    if (!reading) return false;
    const page = { url: location.href.slice(0, 2000), system: reading.system, kind: reading.kind, pupils: reading.pupils, records: reading.records, lang: state.lang };
    const response = await (request.type === 'melding' ? send<'melding'>({ ...request, ...page }) : send<'follow'>({ ...request, ...page }));
    const ok = !!response?.ok;
    state.notice = { pupilId, ok, text: ok ? success : response && !response.ok ? response.error : 'geen antwoord van de extensie' };
    renderSidebarNow();
    return ok;
  }

  const actions: SidebarActions = {
    toggle(open: boolean) {
      state.open = open;
      openedHere = open;
      void sidebarOpenItem.setValue(open);
      renderSidebarNow();
    },
    setLang(lang: Lang) {
      state.lang = lang;
      void langItem.setValue(lang);
      reread();
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
      // The BSN a single pupil's page showed was read with the page; it goes along only for the DUO melding.
      const personNumber = kind === 'leerplicht' ? reading?.personNumber : undefined;
      const success = state.lang === 'nl' ? 'Het concept staat open in een nieuw tabblad.' : 'The draft is open in a new tab.';
      void act(pupilId, { type: 'melding', melding: kind, pupilId, personNumber }, success);
    },
    follow(pupilId: string) {
      void act(pupilId, { type: 'follow', pupilId }, state.lang === 'nl' ? 'De leerling wordt gevolgd.' : 'The pupil is followed.').then((ok) => {
        if (ok) reread();
      });
    },
    openSettings() {
      void send<'open'>({ type: 'open', page: 'instellingen' });
    },
    openCase(caseId: string) {
      void send<'open'>({ type: 'open', page: 'zaak', id: caseId });
    },
    learn: learnActions({ state, render: () => renderSidebarNow(), reread }, learned),
  };

  const ui = await mountPageUi(ctx, (container) => {
    sidebar = container;
    renderSidebarNow();
  }, yieldToPage);
  const openPupil = (id: string) => {
    state.selected = id;
    actions.toggle(true);
  };
  const schedule = debounced(ctx, () => void refresh());
  const pageData = new PageDataInbox(ctx, () => {
    lastSignature = '';
    schedule();
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
      ui.fillPanel?.setLang(state.lang);
      ui.fillPanel?.update(document);
      // Records name their source briefly; the request carries the page address once.
      reading = await readShownPage(document, {
        pageData: pageData.items,
        learned: learned.pages,
        hostname: location.hostname,
        pathname: location.pathname,
        hint: document.querySelector('meta[name="ts-demo-system"]')?.getAttribute('content'),
        context: { url: 'pagina', today: todayIso(), yieldToPage },
      });
      if (!ctx.isValid) return;
      if (!reading || reading.records.length === 0) {
        state.status = 'none';
        state.view = null;
        state.problems = [...pageData.problems, ...(reading?.problems ?? [])];
        ui.clearBadges();
        renderSidebarNow();
        return;
      }
      // The answer comes from the extension's own service worker, which validated the request with zod.
      const response = await send<'assess'>({
        type: 'assess', url: location.href.slice(0, 2000), system: reading.system, kind: reading.kind,
        pupils: reading.pupils, records: reading.records, lang: state.lang, info: reading.info,
      });
      if (!response || !response.ok) {
        state.status = 'error';
        state.error = response && !response.ok ? response.error : 'geen antwoord van de extensie';
        renderSidebarNow();
        return;
      }
      state.status = 'ready';
      state.view = response;
      state.kind = reading.kind;
      state.problems = [...pageData.problems, ...reading.problems];
      if (state.selected && !state.view.pupils.some((p) => p.id === state.selected)) state.selected = null;
      renderSidebarNow();
      await ui.showBadges(reading, state.view.pupils, state.lang, openPupil);
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

  watchPageChanges(ctx, {
    beforeEach() {
      if (ui.remountIfDetached()) lastSignature = '';
    },
    onContentChange: schedule,
    onLocationChange() {
      // Another pupil: the data the page loaded for the previous one no longer applies.
      pageData.clear();
      schedule();
    },
  });

  await refresh();
}
