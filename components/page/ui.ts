/**
 * The badge next to a pupil and the sidebar with the signals, as DOM inside the extension's shadow
 * roots. Test contract: [data-testid="ts-badge"] with data-level and data-pupil, [data-testid="ts-sidebar"],
 * and [data-testid="ts-signal"] with data-kind and data-since.
 */
import type { Lang } from '@/lib/explain';
import { SIGNAL_KINDS, type SignalKind } from '@/lib/rules/signal';
import type { AssessView, PupilView, SignalView } from '@/lib/messages';
import { h } from './dom';

export type PageStatus = 'reading' | 'none' | 'ready' | 'error';

export interface SidebarState {
  status: PageStatus;
  view: AssessView | null;
  kind: 'leerling' | 'groep';
  /** Pupil shown in detail on a group page. */
  selected: string | null;
  error?: string;
  problems: string[];
  lang: Lang;
  open: boolean;
}

export interface SidebarActions {
  toggle(open: boolean): void;
  setLang(lang: Lang): void;
  select(pupilId: string | null): void;
}

const TEXT = {
  nl: {
    app: 'Thuiszitter-signaal',
    close: 'Zijbalk sluiten',
    openTab: (n: number) => (n > 0 ? `Thuiszitter-signaal (${n})` : 'Thuiszitter-signaal'),
    reading: 'De verzuimgegevens op deze pagina worden gelezen…',
    none: 'Op deze pagina zijn geen verzuimgegevens herkend: geen tabel of lijst met een datum en een reden van afwezigheid.',
    error: 'De gegevens konden niet beoordeeld worden:',
    why: 'Waarom dit signaal?',
    leerplicht: 'Leerplicht',
    excluded: 'Uitgezonderd',
    steps: 'Volgende stappen',
    noSignal: 'Geen signaal voor deze leerling.',
    groupTitle: (n: number, total: number) => `${n} van ${total} leerlingen met een signaal`,
    back: '← Alle leerlingen',
    advice: 'Een signaal is een advies: beoordeel zelf de situatie van de leerling.',
    problems: (n: number) => `${n} rij(en) op deze pagina konden niet gelezen worden.`,
    badgeLabel: (name: string, text: string) => `Thuiszitter-signaal voor ${name}: ${text}. Open de zijbalk.`,
    other: 'English',
  },
  en: {
    app: 'Thuiszitter-signaal',
    close: 'Close sidebar',
    openTab: (n: number) => (n > 0 ? `Thuiszitter-signaal (${n})` : 'Thuiszitter-signaal'),
    reading: 'Reading the absence data on this page…',
    none: 'No absence data recognised on this page: no table or list with a date and an absence reason.',
    error: 'The data could not be assessed:',
    why: 'Why this signal?',
    leerplicht: 'Compulsory education',
    excluded: 'Excluded',
    steps: 'Next steps',
    noSignal: 'No signal for this pupil.',
    groupTitle: (n: number, total: number) => `${n} of ${total} pupils with a signal`,
    back: '← All pupils',
    advice: 'A signal is advice: judge the pupil’s situation yourself.',
    problems: (n: number) => `${n} row(s) on this page could not be read.`,
    badgeLabel: (name: string, text: string) => `Thuiszitter-signaal for ${name}: ${text}. Open the sidebar.`,
    other: 'Nederlands',
  },
} as const;

export function renderBadge(pupil: PupilView, lang: Lang, onOpen: () => void): HTMLButtonElement {
  const badge = h(
    'button',
    {
      type: 'button',
      class: 'badge',
      'data-testid': 'ts-badge',
      'data-level': pupil.level,
      'data-pupil': pupil.id,
      'aria-label': TEXT[lang].badgeLabel(pupil.name || pupil.id, pupil.badge),
      title: pupil.badge,
    },
    pupil.badge,
  );
  badge.addEventListener('click', onOpen);
  return badge;
}

function renderSignal(signal: SignalView, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'signal', 'data-testid': 'ts-signal', 'data-kind': signal.kind, 'data-since': signal.since, role: 'group', 'aria-label': signal.title },
    h('p', { class: 'title' }, signal.title),
    h('p', {}, signal.short),
    h('details', {}, h('summary', {}, TEXT[lang].why), h('ul', {}, signal.details.map((d) => h('li', {}, d)))),
  );
}

function renderPupil(pupil: PupilView, lang: Lang): HTMLElement[] {
  const t = TEXT[lang];
  return [
    h('h3', {}, pupil.name || pupil.id),
    h('p', { class: 'muted' }, `${t.leerplicht}: ${pupil.leerplicht}`),
    ...(pupil.signals.length > 0 ? pupil.signals.map((s) => renderSignal(s, lang)) : [h('p', {}, t.noSignal)]),
    pupil.excluded.length > 0 && h('h4', {}, t.excluded),
    pupil.excluded.length > 0 && h('ul', {}, pupil.excluded.map((e) => h('li', {}, `${e.title}: ${e.reason}`))),
    pupil.steps.items.length > 0 && h('h4', {}, pupil.steps.protocol ? `${t.steps} — ${pupil.steps.protocol}` : t.steps),
    pupil.steps.items.length > 0 &&
      h('ul', {}, pupil.steps.items.map((s) => h('li', {}, h('strong', {}, `${s.phase}: `), s.text, s.term ? ` (${s.term})` : ''))),
  ].filter((x): x is HTMLElement => x instanceof HTMLElement);
}

export function flaggedCount(view: AssessView | null): number {
  return view?.pupils.filter((p) => p.signals.length > 0).length ?? 0;
}

export function renderSidebar(state: SidebarState, actions: SidebarActions): HTMLElement[] {
  const t = TEXT[state.lang];
  const content = h('div', { class: 'content' });
  const view = state.view;
  if (state.status === 'reading') content.append(h('p', { role: 'status' }, t.reading));
  if (state.status === 'none') content.append(h('p', { role: 'status' }, t.none));
  if (state.status === 'error') content.append(h('p', { role: 'alert' }, `${t.error} ${state.error ?? ''}`));
  if (state.problems.length > 0) content.append(h('p', { class: 'warning' }, t.problems(state.problems.length)));
  for (const w of view?.warnings ?? []) content.append(h('p', { class: 'warning' }, w));

  if (state.status === 'ready' && view) {
    const flagged = view.pupils
      .filter((p) => p.signals.length > 0)
      .sort((a, b) => SIGNAL_KINDS.indexOf(a.level as SignalKind) - SIGNAL_KINDS.indexOf(b.level as SignalKind));
    const selected = view.pupils.find((p) => p.id === state.selected);
    if (state.kind === 'leerling' || view.pupils.length === 1) {
      for (const pupil of view.pupils) content.append(...renderPupil(pupil, state.lang));
    } else if (selected) {
      const back = h('button', { type: 'button', class: 'link' }, t.back);
      back.addEventListener('click', () => actions.select(null));
      content.append(back, ...renderPupil(selected, state.lang));
    } else {
      content.append(h('h3', {}, t.groupTitle(flagged.length, view.pupils.length)));
      for (const pupil of flagged) {
        const open = h('button', { type: 'button' }, pupil.name || pupil.id);
        open.addEventListener('click', () => actions.select(pupil.id));
        content.append(h('div', { class: 'pupil', 'data-pupil': pupil.id }, open, ...pupil.signals.map((s) => renderSignal(s, state.lang))));
      }
    }
    content.append(h('p', { class: 'muted' }, t.advice));
  }
  // Room for the melding and case buttons.
  content.append(h('section', { class: 'room', 'data-slot': 'acties', 'aria-hidden': 'true' }));

  const langButton = h('button', { type: 'button', lang: state.lang === 'nl' ? 'en' : 'nl' }, t.other);
  langButton.addEventListener('click', () => actions.setLang(state.lang === 'nl' ? 'en' : 'nl'));
  const close = h('button', { type: 'button', 'aria-label': t.close }, '×');
  close.addEventListener('click', () => actions.toggle(false));
  const sidebar = h(
    'aside',
    { class: 'sidebar', 'data-testid': 'ts-sidebar', 'aria-label': t.app, lang: state.lang, hidden: !state.open },
    h('header', {}, h('h2', {}, t.app), langButton, close),
    content,
  );
  sidebar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.toggle(false);
  });
  const tab = h('button', { type: 'button', class: 'tab', 'aria-expanded': state.open ? 'true' : 'false', hidden: state.open }, t.openTab(flaggedCount(view)));
  tab.addEventListener('click', () => actions.toggle(true));
  return [sidebar, tab];
}
