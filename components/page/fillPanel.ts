/**
 * On a page with a melding form (DUO Verzuimloket, the pupil administration's melding screen, an SWV
 * portal): a small panel in the extension's shadow root whose button fills the form from the most
 * recent draft of the matching kind. It never submits; it lists and outlines what it filled and what
 * is left for the user. Test contract: [data-testid="ts-fill"].
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillForm, meldingFormKind, namesOf, type FieldSpec } from '@/lib/forms/fill';
import type { FillDraftResponse } from '@/lib/messages';
import { h } from './dom';

type Kind = 'leerplicht' | 'swv';

const LABELS: Record<Kind, string> = { leerplicht: 'Verzuimmelding leerplicht (DUO)', swv: 'Melding samenwerkingsverband' };
const FILLED_STYLE = { outline: '2px solid #1e6b35', background: '#eaf6ee' };
const LEFT_STYLE = { outline: '2px dashed #c77700', background: '' };

export const FILL_PANEL_STYLES = `
:host{all:initial}
*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.panel{position:fixed;left:16px;bottom:16px;width:340px;max-height:60vh;overflow:auto;background:#fff;color:#1d2733;border:1px solid #c9d1d9;
  border-top:4px solid #21466e;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:10px 12px;font-size:13px;z-index:2147483000}
.panel h2{font-size:14px;margin:0 0 6px}
.panel p{margin:4px 0}
.panel select{font-size:13px;padding:3px;margin:4px 0;width:100%}
.panel button{background:#21466e;color:#fff;border:0;border-radius:4px;padding:6px 10px;font-size:13px;cursor:pointer;margin-top:6px}
.panel button:focus-visible,.panel select:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
.ok{color:#1e6b35}.warn{color:#8a4b00}.error{color:#b3261e}
ul{margin:4px 0;padding-left:18px}
`;

export class FillPanel {
  private kind: Kind | null = null;
  private marked: { el: HTMLElement; outline: string; background: string }[] = [];
  private result: HTMLElement[] = [];

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly container: HTMLElement,
  ) {}

  /** Shows the panel when the page has a melding form, hides it otherwise. */
  update(doc: Document): void {
    const kind = meldingFormKind(doc);
    if (kind === this.kind) return;
    this.kind = kind;
    this.result = [];
    this.render();
  }

  private render() {
    if (!this.kind) {
      this.container.replaceChildren();
      return;
    }
    const select = h(
      'select',
      { id: 'ts-fill-kind', 'aria-label': 'Welk concept' },
      (['leerplicht', 'swv'] as const).map((k) => h('option', { value: k, selected: k === this.kind }, LABELS[k])),
    );
    select.addEventListener('change', () => {
      this.kind = select.value as Kind;
    });
    const fill = h('button', { type: 'button', 'data-testid': 'ts-fill' }, 'Invullen vanuit het concept');
    fill.addEventListener('click', (event) => {
      // Only the user's own click: a script on the page must not pull a draft into its form.
      if (!event.isTrusted) return;
      void this.fill();
    });
    this.container.replaceChildren(
      h(
        'section',
        { class: 'panel', role: 'region', 'aria-label': 'Thuiszitter-signaal: melding invullen', 'data-testid': 'ts-fill-panel' },
        h('h2', {}, 'Thuiszitter-signaal: melding invullen'),
        h('p', {}, 'Vult dit formulier met het meest recente concept. Er wordt niets verstuurd: controleer en verstuur zelf.'),
        select,
        fill,
        ...this.result,
      ),
    );
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

  private async fill() {
    const kind = this.kind;
    if (!kind) return;
    const response = (await browser.runtime.sendMessage({ type: 'fill-draft', melding: kind })) as FillDraftResponse | undefined;
    if (!this.ctx.isValid) return;
    if (!response || !response.ok) {
      this.result = [h('p', { role: 'alert', class: 'error', 'data-testid': 'ts-fill-result' }, response && !response.ok ? response.error : 'Geen antwoord van de extensie.')];
      this.render();
      return;
    }
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
        h('p', { class: 'ok' }, `${response.title} voor ${response.pupilName}: ${result.filled.length} velden ingevuld (groen omlijnd).`),
        !response.complete ? h('p', { class: 'warn' }, 'Het concept is nog niet compleet: vul de rest aan in het concept of op dit formulier.') : null,
        result.empty.length > 0 ? h('p', { class: 'warn' }, `${result.empty.length} velden zijn nog leeg: die vult u zelf in (oranje omlijnd).`) : null,
        numberFields.length > 0 ? h('p', {}, 'Het BSN-veld blijft leeg: een melding aan het samenwerkingsverband bevat nooit een BSN of onderwijsnummer.') : null,
        result.missing.length > 0 ? h('p', {}, 'Niet ingevuld:') : null,
        result.missing.length > 0 ? h('ul', {}, result.missing.map((m) => h('li', {}, `${labelOf(m.key)}: ${m.reason}`))) : null,
      ),
    ];
    this.render();
    void browser.runtime.sendMessage({
      type: 'filled', draftId: response.draftId, host: location.hostname,
      filled: result.filled.map((f) => f.key), missing: result.missing.map((m) => m.key),
    });
  }
}
