/**
 * The badge next to a pupil and the sidebar with the signals, as DOM inside the extension's shadow
 * roots. Test contract: [data-testid="ts-badge"] with data-level and data-pupil, [data-testid="ts-sidebar"],
 * and [data-testid="ts-signal"] with data-kind and data-since.
 */
import { LEARNABLE_FIELDS } from '@/lib/hosts/generic/learned';
import type { Field } from '@/lib/import/columns';
import type { Lang } from '@/lib/explain';
import { severity } from '@/lib/rules/signal';
import type { AssessView, PupilView, SignalView } from '@/lib/messages';
import { h, onUserActivation, productIcon } from './dom';
import { formatDate } from '@/lib/format';
import { pageText } from '@/lib/i18n';

export type PageStatus = 'reading' | 'none' | 'ready' | 'error';

/** A table on the page the user can teach the extension to read. */
export interface Candidate {
  headers: string[];
  rows: number;
  /** The first row's texts, as examples of what each column holds. */
  example: string[];
}

export type Learning =
  | { step: 'choose'; candidates: Candidate[] }
  | { step: 'map'; candidates: Candidate[]; index: number; columns: (Field | null)[]; error?: string };

export interface SidebarState {
  status: PageStatus;
  learning: Learning | null;
  view: AssessView | null;
  kind: 'leerling' | 'groep';
  /** Pupil shown in detail on a group page. */
  selected: string | null;
  /** How many pupils of a group list are shown. */
  shown: number;
  error?: string;
  problems: string[];
  lang: Lang;
  open: boolean;
  /** The answer to the last melding or case button: shown under the buttons. */
  notice?: { pupilId: string; ok: boolean; text: string };
}

export interface SidebarActions {
  toggle(open: boolean): void;
  setLang(lang: Lang): void;
  select(pupilId: string | null): void;
  showMore(): void;
  /** Opens a melding draft in the extension's page, where the user types the rest. */
  melding(pupilId: string, kind: 'leerplicht' | 'swv'): void;
  follow(pupilId: string): void;
  openCase(caseId: string): void;
  openSettings(): void;
  learn: {
    start(): void;
    highlight(index: number | null): void;
    choose(index: number): void;
    setColumn(column: number, field: Field | null): void;
    save(): void;
    cancel(): void;
  };
}


export function renderBadge(pupil: PupilView, lang: Lang, onOpen: () => void): HTMLButtonElement {
  const overdue = (pupil.case?.overdue.length ?? 0) > 0;
  const text = overdue ? `${pupil.badge} · ⚠ ${pageText(lang).overdueBadge}` : pupil.badge;
  const badge = h(
    'button',
    {
      type: 'button',
      class: 'badge',
      'data-testid': 'ts-badge',
      'data-level': pupil.level,
      'data-pupil': pupil.id,
      'data-overdue': overdue ? 'true' : 'false',
      'aria-label': pageText(lang).badgeLabel(pupil.name || pupil.id, text),
      title: text,
    },
    text,
  );
  onUserActivation(badge, onOpen);
  return badge;
}

/** One line per signal, for the group list: the details open when the pupil is chosen. */
function renderSignalLine(signal: SignalView): HTMLElement {
  return h('p', { class: 'line', 'data-testid': 'ts-signal', 'data-kind': signal.kind, 'data-since': signal.since }, `${signal.title}: ${signal.short}`);
}

function renderMoments(signal: SignalView, lang: Lang): HTMLElement | null {
  if (!signal.moments || signal.moments.length === 0) return null;
  // Oldest open first: what needs reporting leads; reported moments follow.
  const order = { verlopen: 0, open: 1, gemeld: 2, afgezien: 2 } as const;
  const moments = [...signal.moments].sort((a, b) => order[a.status] - order[b.status] || (a.begin < b.begin ? -1 : 1));
  return h(
    'ul',
    { class: 'moments', 'aria-label': pageText(lang).moments },
    moments.map((m) =>
      h(
        'li',
        {
          class: m.status === 'verlopen' ? 'moment overdue' : 'moment', 'data-testid': 'ts-meldmoment',
          'data-begin': m.begin, 'data-end': m.end, 'data-deadline': m.deadline, 'data-status': m.status,
        },
        m.text,
      ),
    ),
  );
}

function renderSignal(signal: SignalView, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'signal', 'data-testid': 'ts-signal', 'data-kind': signal.kind, 'data-since': signal.since, role: 'group', 'aria-label': signal.title },
    h('p', { class: 'title' }, signal.title),
    h('p', {}, signal.short),
    renderMoments(signal, lang),
    h('details', {}, h('summary', {}, pageText(lang).why), h('ul', {}, signal.details.map((d) => h('li', {}, d)))),
  );
}

function button(label: string, testid: string, onClick: () => void, extra: Record<string, string | boolean> = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'action', 'data-testid': testid, ...extra }, label);
  onUserActivation(b, onClick);
  return b;
}

/** The melding buttons, and the case when the pupil is followed (or the button to follow). */
function renderActions(pupil: PupilView, state: SidebarState, actions: SidebarActions): HTMLElement {
  const t = pageText(state.lang);
  const section = h('section', { class: 'actions', 'aria-label': t.actions }, h('h4', {}, t.actions));
  const c = pupil.case;
  if (c) {
    const overdue = c.overdue.length > 0;
    section.append(
      h(
        'div',
        { class: overdue ? 'case overdue' : 'case', 'data-testid': 'ts-case', 'data-phase': c.phase, 'data-overdue': String(overdue) },
        h('p', {}, h('strong', {}, `${t.caseTitle} — ${t.phase}: `), c.phaseName),
        c.next ? h('p', {}, h('strong', {}, `${t.next}: `), `${c.next.label} — ${formatDate(c.next.due)}`) : null,
        overdue ? h('p', { role: 'alert' }, h('strong', {}, `${t.overdue}: `), c.overdue.join('; ')) : null,
        c.escalation ? h('p', {}, h('strong', {}, `${t.escalate}: `), c.escalation) : null,
        button(t.openCase, 'ts-case-open', () => actions.openCase(c.id)),
      ),
    );
  } else {
    section.append(button(t.follow, 'ts-follow', () => actions.follow(pupil.id), { title: t.followHint }));
  }
  const leerplicht = pupil.meldingen.leerplicht;
  const reasonId = `ts-reason-${pupil.id}`;
  section.append(
    button(t.meldingLeerplicht, 'ts-melding-leerplicht', () => actions.melding(pupil.id, 'leerplicht'), leerplicht.ok ? {} : { disabled: true, 'aria-describedby': reasonId }),
  );
  if (!leerplicht.ok) section.append(h('p', { class: 'muted', id: reasonId, 'data-testid': 'ts-melding-leerplicht-reason' }, leerplicht.reason ?? ''));
  section.append(button(t.meldingSwv, 'ts-melding-swv', () => actions.melding(pupil.id, 'swv'), pupil.meldingen.swv.ok ? {} : { disabled: true }));
  if (state.notice?.pupilId === pupil.id) section.append(h('p', { role: state.notice.ok ? 'status' : 'alert', class: state.notice.ok ? 'muted' : 'warning' }, state.notice.text));
  return section;
}

function renderPupil(pupil: PupilView, state: SidebarState, actions: SidebarActions): HTMLElement[] {
  const lang = state.lang;
  const t = pageText(lang);
  return [
    h('h3', {}, pupil.name || pupil.id),
    h('p', { class: 'muted' }, `${t.leerplicht}: ${pupil.leerplicht}`),
    ...(pupil.signals.length > 0
      ? pupil.signals.map((s) => renderSignal(s, lang))
      : [h('p', { 'data-testid': 'ts-no-signal' }, state.view?.coverage && !state.view.coverage.complete ? t.unjudged : t.noSignal)]),
    ...pupil.notes.map((n) => h('p', { class: 'warning', 'data-testid': 'ts-note', 'data-kind': n.kind }, n.text)),
    pupil.excluded.length > 0 && h('h4', {}, t.excluded),
    pupil.excluded.length > 0 && h('ul', {}, pupil.excluded.map((e) => h('li', {}, `${e.title}: ${e.reason}`))),
    pupil.steps.items.length > 0 && h('h4', {}, pupil.steps.protocol ? `${t.steps} — ${pupil.steps.protocol}` : t.steps),
    pupil.steps.items.length > 0 &&
      h('ul', {}, pupil.steps.items.map((s) => h('li', {}, h('strong', {}, `${s.phase}: `), s.text, s.term ? ` (${s.term})` : ''))),
    pupil.signals.length > 0 && renderActions(pupil, state, actions),
  ].filter((x): x is HTMLElement => x instanceof HTMLElement);
}

function renderLearning(learning: Learning, lang: Lang, actions: SidebarActions): HTMLElement[] {
  const t = pageText(lang);
  const cancel = h('button', { type: 'button' }, t.cancel);
  onUserActivation(cancel, () => actions.learn.cancel());
  if (learning.step === 'choose') {
    if (learning.candidates.length === 0) return [h('p', {}, t.learnNone), cancel];
    const items = learning.candidates.map((c, i) => {
      const choose = h('button', { type: 'button', 'data-testid': 'ts-learn-table' }, t.learnTable(i + 1, c.rows, c.headers.join(', ')));
      onUserActivation(choose, () => actions.learn.choose(i));
      // Pointing at an item outlines that table on the page.
      for (const event of ['mouseenter', 'focus']) choose.addEventListener(event, () => actions.learn.highlight(i));
      for (const event of ['mouseleave', 'blur']) choose.addEventListener(event, () => actions.learn.highlight(null));
      return h('li', {}, choose);
    });
    return [h('h3', {}, t.learn), h('p', {}, t.learnIntro), h('ul', { class: 'choices' }, items), cancel];
  }
  const candidate = learning.candidates[learning.index]!;
  const rows = candidate.headers.map((header, i) => {
    const id = `ts-learn-${i}`;
    const select = h(
      'select',
      { id, 'data-testid': 'ts-learn-column', 'data-column': String(i) },
      h('option', { value: '' }, t.ignore),
      LEARNABLE_FIELDS.map((f) => h('option', { value: f.field, selected: learning.columns[i] === f.field }, f.label)),
    );
    // Choosing only changes the draft mapping; nothing is kept before the user's own click on Save.
    select.addEventListener('change', () => actions.learn.setColumn(i, (select.value || null) as Field | null));
    return h(
      'div',
      { class: 'mapping' },
      h('label', { for: id }, t.learnColumn(i + 1, header)),
      select,
      candidate.example[i] ? h('span', { class: 'muted' }, t.learnExample(candidate.example[i]!)) : null,
    );
  });
  const save = h('button', { type: 'button', 'data-testid': 'ts-learn-save' }, t.save);
  onUserActivation(save, () => actions.learn.save());
  const parts: (HTMLElement | null)[] = [
    h('h3', {}, t.learn),
    h('p', {}, t.learnMap),
    ...rows,
    learning.error ? h('p', { role: 'alert', class: 'warning' }, learning.error) : null,
    h('p', { class: 'buttons' }, save, ' ', cancel),
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

export function flaggedCount(view: AssessView | null): number {
  return view?.pupils.filter((p) => p.signals.length > 0).length ?? 0;
}

export function renderSidebar(state: SidebarState, actions: SidebarActions): HTMLElement[] {
  const t = pageText(state.lang);
  const content = h('div', { class: 'content' });
  const view = state.view;
  if (state.learning) {
    content.append(...renderLearning(state.learning, state.lang, actions));
  } else if (state.status === 'none') {
    const learn = h('button', { type: 'button', 'data-testid': 'ts-learn' }, t.learn);
    onUserActivation(learn, () => actions.learn.start());
    content.append(h('p', { role: 'status' }, t.none), learn);
  }
  if (state.status === 'reading') content.append(h('p', { role: 'status' }, t.reading));
  if (state.status === 'error') content.append(h('p', { role: 'alert' }, `${t.error} ${state.error ?? ''}`));
  if (state.problems.length > 0) {
    content.append(
      h(
        'div',
        { class: 'warning', 'data-testid': 'ts-problems' },
        h('p', {}, t.problems(state.problems.length)),
        h('ul', {}, state.problems.slice(0, 5).map((p) => h('li', {}, p))),
      ),
    );
  }
  for (const w of view?.warnings ?? []) content.append(h('p', { class: 'warning' }, w));

  if (state.status === 'ready' && view && !state.learning) {
    const today = view.peildatum;
    if (view.evaluatedUntil < today) {
      const yesterday = new Date(`${today}T12:00:00Z`);
      yesterday.setUTCDate(yesterday.getUTCDate() - 1);
      const text = view.evaluatedUntil === yesterday.toISOString().slice(0, 10) ? t.untilYesterday : t.until(formatDate(view.evaluatedUntil));
      content.append(h('p', { class: 'muted', 'data-testid': 'ts-evaluated-until', 'data-until': view.evaluatedUntil }, text));
    }
    if (view.coverage) {
      const c = view.coverage;
      content.append(
        h(
          'div',
          {
            class: c.complete ? 'coverage' : 'coverage warning', 'data-testid': 'ts-coverage', 'data-records': String(c.records),
            'data-from': c.from ?? '', 'data-until': c.until, 'data-complete': String(c.complete),
          },
          h('p', {}, c.summary),
          c.problems.length > 0 ? h('ul', {}, c.problems.map((p) => h('li', {}, p))) : null,
        ),
      );
    }
    if (view.timetableMissing) {
      const set = h('button', { type: 'button', class: 'link', 'data-testid': 'ts-set-schooltijden' }, t.setTimetable);
      onUserActivation(set, () => actions.openSettings());
      content.append(h('p', { class: 'warning', 'data-testid': 'ts-timetable-missing' }, t.timetableMissing, ' ', set));
    }
    const flagged = view.pupils
      .filter((p) => p.signals.length > 0)
      .sort((a, b) => severity(a.level) - severity(b.level));
    const selected = view.pupils.find((p) => p.id === state.selected);
    if (state.kind === 'leerling' || view.pupils.length === 1) {
      for (const pupil of view.pupils) content.append(...renderPupil(pupil, state, actions));
    } else if (selected) {
      const back = h('button', { type: 'button', class: 'link' }, t.back);
      onUserActivation(back, () => actions.select(null));
      content.append(back, ...renderPupil(selected, state, actions));
    } else {
      content.append(h('h3', {}, t.groupTitle(flagged.length, view.pupils.length)));
      // Long groups are shown a page at a time: rendering hundreds of pupils at once would block the page.
      for (const pupil of flagged.slice(0, state.shown)) {
        const open = h('button', { type: 'button' }, pupil.name || pupil.id);
        onUserActivation(open, () => actions.select(pupil.id));
        content.append(h('div', { class: 'pupil', 'data-pupil': pupil.id }, open, ...pupil.signals.map(renderSignalLine)));
      }
      if (flagged.length > state.shown) {
        const more = h('button', { type: 'button', class: 'more' }, t.more(flagged.length - state.shown));
        onUserActivation(more, () => actions.showMore());
        content.append(more);
      }
    }
    content.append(h('p', { class: 'muted' }, t.advice));
  }

  const langButton = h('button', { type: 'button', lang: state.lang === 'nl' ? 'en' : 'nl' }, t.other);
  onUserActivation(langButton, () => actions.setLang(state.lang === 'nl' ? 'en' : 'nl'));
  const close = h('button', { type: 'button', 'aria-label': t.close }, '×');
  onUserActivation(close, () => actions.toggle(false));
  const sidebar = h(
    'aside',
    { class: 'sidebar', 'data-testid': 'ts-sidebar', 'aria-label': t.app, lang: state.lang, hidden: !state.open },
    h('header', {}, productIcon(), h('h2', {}, t.app), langButton, close),
    content,
  );
  sidebar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') actions.toggle(false);
  });
  const tab = h('button', { type: 'button', class: 'tab', 'aria-expanded': state.open ? 'true' : 'false', hidden: state.open }, t.openTab(flaggedCount(view)));
  onUserActivation(tab, () => actions.toggle(true));
  return [sidebar, tab];
}
