/**
 * On a page with a melding form (DUO Verzuimloket, the pupil administration's melding screen, an SWV
 * portal): a small panel in the extension's closed shadow root that fills the form from the most
 * recent draft of the matching kind, in two steps. "Invullen vanuit het concept" shows which values go
 * to which page (BSN masked); "Ja, invullen" fills them. It never submits; it lists and outlines what
 * it filled and what is left for the user.
 *
 * The page is not trusted: it could move the panel under a see-through bait, or steer a key press to
 * it. So the confirmation only counts when the click is the user's own (isTrusted), the panel has been
 * in view and unobscured for a moment (IntersectionObserver v2's isVisible, where the browser has it),
 * and a keyboard activation follows a key pressed inside the panel. Focus lands on the confirmation's
 * text, not on its button, so a key meant for the page cannot confirm.
 * Test contract: [data-testid="ts-fill"], [data-testid="ts-fill-confirm"], [data-testid="ts-fill-result"].
 */
import { send } from '@/components/messaging';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillForm, meldingFormKind, namesOf, planFill, type FieldSpec } from '@/lib/forms/fill';
import type { FillDraftResponse } from '@/lib/messages';
import { h, onUserActivation } from './dom';
import { formDate, type Lang } from '@/lib/format';
import { pageText } from '@/lib/i18n';

type Kind = 'leerplicht' | 'swv';

const FILLED_STYLE = { outline: '2px solid #1e6b35', background: '#eaf6ee' };
const LEFT_STYLE = { outline: '2px dashed #c77700', background: '' };

export const FILL_PANEL_STYLES = `
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.panel{position:fixed;left:16px;bottom:16px;width:360px;max-height:85vh;overflow:auto;background:#fff;color:#1d2733;border:1px solid #c9d1d9;
  border-top:4px solid #21466e;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:10px 12px;font-size:13px;z-index:2147483000}
.panel h2{font-size:14px;margin:0 0 6px}
.panel p{margin:4px 0}
.panel select{font-size:13px;padding:3px;margin:4px 0;width:100%}
.panel button{background:#21466e;color:#fff;border:0;border-radius:4px;padding:6px 10px;font-size:13px;cursor:pointer;margin-top:6px}
.panel button:focus-visible,.panel select:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
/* No opacity here: a see-through button is, rightly, not "visible" to the check that enables it. */
.panel button:disabled{background:#8c959f;cursor:not-allowed}
.panel button.secondary{background:#fff;color:#21466e;border:1px solid #21466e;margin-left:6px}
.confirm{border:1px solid #c9d1d9;border-radius:4px;padding:6px 8px;margin-top:8px;background:#f6f8fa}
.confirm dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:4px 0;max-height:28vh;overflow:auto}
.confirm dt{font-weight:600}.confirm dd{margin:0;overflow-wrap:anywhere}
.muted{color:#57606a;font-size:12px}
.ok{color:#1e6b35}.warn{color:#8a4b00}.error{color:#b3261e}
ul{margin:4px 0;padding-left:18px}
`;

/** How long the confirmation must have been in view before it counts (a click on a just-moved panel does not). */
const CONFIRM_DELAY_MS = 500;
/** A keyboard activation counts when a key was pressed inside the panel this recently. */
const KEY_WINDOW_MS = 1_000;

type Draft = Extract<FillDraftResponse, { ok: true }>;
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/** 123456782 → •••••• 782: enough to recognise, not enough to copy. */
export function maskNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length > 3 ? `${'•'.repeat(digits.length - 3)} ${digits.slice(-3)}` : '•••';
}

function shownValue(field: Draft['fields'][number]): string {
  if (field.key === 'persoonsgebondenNummer') return maskNumber(String(field.value));
  if (typeof field.value === 'boolean') return field.value ? 'ja' : 'nee';
  if (field.type === 'date') return formDate(field.value);
  return field.value;
}

/**
 * Whether the panel is in view and nothing covers it, since when. Chromium's IntersectionObserver v2
 * reports covering elements (also pointer-events:none ones), opacity, filters and skewing transforms;
 * elsewhere only "in view" is known.
 */
class VisibilityWatch {
  visibleSince: number | null = null;
  private readonly observer: IntersectionObserver;
  readonly tracksOcclusion = 'isVisible' in IntersectionObserverEntry.prototype;

  constructor(target: Element, onChange: (visible: boolean) => void) {
    this.observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1] as VisibilityEntry;
        const visible = entry.isIntersecting && (this.tracksOcclusion ? entry.isVisible === true : true);
        if (!visible) this.visibleSince = null;
        else if (this.visibleSince === null) this.visibleSince = performance.now();
        onChange(visible);
      },
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    this.observer.observe(target);
  }

  disconnect(): void {
    this.observer.disconnect();
  }
}

export class FillPanel {
  private kind: Kind | null = null;
  private marked: { el: HTMLElement; outline: string; background: string }[] = [];
  private result: HTMLElement[] = [];
  private pending: { draft: Draft; shownAt: number } | null = null;
  private watch: VisibilityWatch | null = null;
  private lastKeyInPanel = -Infinity;
  private lang: Lang = 'nl';

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly container: HTMLElement,
  ) {
    ctx.onInvalidated(() => this.watch?.disconnect());
  }

  /** The sidebar's language, for the panel's words. */
  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.render();
  }

  private get t() {
    return pageText(this.lang).fill;
  }

  /** Shows the panel when the page has a melding form, hides it otherwise. */
  update(doc: Document): void {
    const kind = meldingFormKind(doc);
    if (kind === this.kind) return;
    this.kind = kind;
    this.result = [];
    this.pending = null;
    this.render();
  }

  private render(focusConfirmation = false) {
    this.watch?.disconnect();
    this.watch = null;
    if (!this.kind) {
      this.container.replaceChildren();
      return;
    }
    const select = h(
      'select',
      { id: 'ts-fill-kind', 'aria-label': this.t.which },
      (['leerplicht', 'swv'] as const).map((k) => h('option', { value: k, selected: k === this.kind }, this.t.titles[k])),
    );
    // Choosing the kind only changes what the next step shows; filling needs the confirmation.
    select.addEventListener('change', () => {
      this.kind = select.value as Kind;
      this.pending = null;
      this.result = [];
      this.render();
    });
    const fill = h('button', { type: 'button', 'data-testid': 'ts-fill' }, this.t.start);
    onUserActivation(fill, () => void this.prepare());
    const confirmation = this.pending ? this.renderConfirmation(this.pending.draft) : null;
    const panel = h(
      'section',
      { class: 'panel', role: 'region', 'aria-label': this.t.region, 'data-testid': 'ts-fill-panel', lang: this.lang },
      h('h2', {}, this.t.region),
      h('p', {}, this.t.intro),
      select,
      confirmation ?? fill,
      ...this.result,
    );
    panel.addEventListener('keydown', (event) => {
      if (event.isTrusted && (event.key === 'Enter' || event.key === ' ')) this.lastKeyInPanel = performance.now();
    });
    this.container.replaceChildren(panel);
    if (confirmation) {
      // The button is what a bait would sit on: it becomes active once it has been fully in view and
      // uncovered for CONFIRM_DELAY_MS, and inactive again as soon as it is not.
      const button = confirmation.querySelector<HTMLButtonElement>('[data-testid="ts-fill-confirm"]')!;
      let timer: number | undefined;
      this.watch = new VisibilityWatch(button, (visible) => {
        clearTimeout(timer);
        if (!visible) button.disabled = true;
        else timer = this.ctx.setTimeout(() => (button.disabled = this.refusal(null) !== null), CONFIRM_DELAY_MS + 20);
      });
      if (focusConfirmation) confirmation.querySelector<HTMLElement>('[data-focus]')?.focus();
    }
  }

  private renderConfirmation(draft: Draft): HTMLElement {
    const plan = planFill(document, draft.fields as FieldSpec[]);
    const fields = plan.planned.map((p) => draft.fields.find((f) => f.key === p.spec.key)!);
    const confirm = h('button', { type: 'button', 'data-testid': 'ts-fill-confirm', disabled: true, 'aria-describedby': 'ts-fill-wait' }, this.t.confirm);
    onUserActivation(confirm, (event) => this.confirm(event));
    const cancel = h('button', { type: 'button', class: 'secondary', 'data-testid': 'ts-fill-cancel' }, this.t.cancel);
    onUserActivation(cancel, () => {
      this.pending = null;
      this.render();
    });
    return h(
      'div',
      { class: 'confirm', 'data-testid': 'ts-fill-confirmation', 'data-fields': String(fields.length) },
      h('p', { tabindex: '-1', 'data-focus': true }, h('strong', {}, this.t.heading(this.t.titles[this.kind ?? 'leerplicht'], draft.pupilName))),
      h('p', { 'data-testid': 'ts-fill-target' }, this.t.target(`${location.host}${location.pathname.slice(0, 80)}`)),
      fields.length > 0
        ? h('dl', {}, fields.flatMap((f) => [h('dt', {}, f.labels[0] ?? f.key), h('dd', {}, shownValue(f))]))
        : h('p', { class: 'warn' }, this.t.noFields),
      h('p', {}, this.t.check),
      h('p', { id: 'ts-fill-wait', class: 'muted' }, this.t.wait),
      h('p', {}, confirm, cancel),
    );
  }

  /** Step one: fetch the draft and show what would be filled where. Nothing reaches the page yet. */
  private async prepare() {
    const kind = this.kind;
    if (!kind) return;
    const response = await send<'fill-draft'>({ type: 'fill-draft', melding: kind });
    if (!this.ctx.isValid) return;
    if (!response || !response.ok) {
      this.result = [h('p', { role: 'alert', class: 'error', 'data-testid': 'ts-fill-result' }, response && !response.ok ? response.error : this.t.noAnswer)];
      this.render();
      return;
    }
    this.pending = { draft: response, shownAt: performance.now() };
    this.result = [];
    this.render(true);
  }

  /** Why this activation of "Ja, invullen" does not count, or null when it does. */
  private refusal(event: MouseEvent | null): string | null {
    const pending = this.pending;
    if (!pending || !this.watch) return this.t.noDraft;
    const now = performance.now();
    const since = this.watch.visibleSince;
    if (since === null) {
      return this.t.covered;
    }
    if (now - Math.max(since, pending.shownAt) < CONFIRM_DELAY_MS) {
      return this.t.tooFast;
    }
    // detail 0: not a pointer click but a key press (or the page's doing). Only a key pressed in this panel counts.
    if (event && event.detail === 0 && now - this.lastKeyInPanel > KEY_WINDOW_MS) {
      return this.t.notHere;
    }
    return null;
  }

  private confirm(event: MouseEvent) {
    const refusal = this.refusal(event);
    if (refusal) {
      this.result = [h('p', { role: 'alert', class: 'warn', 'data-testid': 'ts-fill-refused' }, refusal)];
      this.render();
      return;
    }
    const draft = this.pending!.draft;
    this.pending = null;
    this.fill(draft);
  }

  private clearMarks() {
    for (const m of this.marked.splice(0)) {
      m.el.style.outline = m.outline;
      m.el.style.background = m.background;
    }
  }

  private mark(el: Element, style: { outline: string; background: string }) {
    if (!(el instanceof HTMLElement)) return;
    this.marked.push({ el, outline: el.style.outline, background: el.style.background });
    el.style.outline = style.outline;
    if (style.background) el.style.background = style.background;
  }

  private fill(response: Draft) {
    const kind = this.kind;
    if (!kind) return;
    this.clearMarks();
    const result = fillForm(document, response.fields as FieldSpec[]);
    for (const f of result.filled) this.mark(f.element, FILLED_STYLE);
    // A BSN field on a samenwerkingsverband's form stays empty on purpose (OSO): not "left for the user".
    const numberFields = kind === 'swv' ? result.empty.filter((el) => namesOf(el).some((n) => /\b(bsn|burgerservicenummer|onderwijsnummer)\b/.test(n))) : [];
    result.empty = result.empty.filter((el) => !numberFields.includes(el));
    for (const el of result.empty) this.mark(el, LEFT_STYLE);
    const labelOf = (key: string) => response.fields.find((f) => f.key === key)?.labels[0] ?? key;
    this.result = [
      h(
        'div',
        { role: 'status', 'data-testid': 'ts-fill-result', 'data-filled': String(result.filled.length), 'data-empty': String(result.empty.length) },
        h('p', { class: 'ok' }, this.t.filled(this.t.titles[kind], response.pupilName, result.filled.length)),
        !response.complete ? h('p', { class: 'warn' }, this.t.incomplete) : null,
        result.empty.length > 0 ? h('p', { class: 'warn' }, this.t.leftEmpty(result.empty.length)) : null,
        numberFields.length > 0 ? h('p', {}, this.t.noNumber) : null,
        result.missing.length > 0 ? h('p', {}, this.t.notFilled) : null,
        result.missing.length > 0 ? h('ul', {}, result.missing.map((m) => h('li', {}, `${labelOf(m.key)}: ${m.reason}`))) : null,
      ),
    ];
    this.render();
    void send<'filled'>({
      type: 'filled', draftId: response.draftId, host: location.hostname,
      filled: result.filled.map((f) => f.key), missing: result.missing.map((m) => m.key),
    });
  }
}
