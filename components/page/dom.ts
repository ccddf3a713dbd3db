/**
 * The in-page UI is plain DOM, not React: it runs on the school's pages, where React would add
 * ~70 KB and a 55 ms task to every load. Page content only ever becomes text (textContent), never markup.
 */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/**
 * Our roots are closed, so a script on the school's page cannot read the signals or reach the buttons.
 * The end-to-end build opens them for Playwright's locators (which cannot enter closed roots);
 * `SHADOW=closed` builds the end-to-end variant that the hostile-page tests run against.
 */
declare const __TS_SHADOW_MODE__: 'open' | 'closed';
export const SHADOW_MODE: 'open' | 'closed' = typeof __TS_SHADOW_MODE__ === 'undefined' ? 'closed' : __TS_SHADOW_MODE__;

/**
 * Runs `action` only for the user's own activation. A page script can call `.click()` on anything it
 * reaches, or dispatch synthetic events; those arrive with isTrusted false and are ignored.
 */
export function onUserActivation(el: HTMLElement, action: (event: MouseEvent) => void): void {
  el.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    action(event);
  });
}

/**
 * The product's icon (assets/icon.svg: a house with a signal dot) as inline SVG for the sidebar's
 * header: no image request and no web-accessible resource that would let a site detect the extension.
 */
export function productIcon(size = 20): SVGSVGElement {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  for (const [name, value] of Object.entries({ viewBox: '0 0 128 128', width: String(size), height: String(size), 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(name, value);
  const shapes: [string, Record<string, string>][] = [
    ['rect', { x: '4', y: '4', width: '120', height: '120', rx: '24', fill: '#21466e', stroke: '#ffffff', 'stroke-width': '4' }],
    ['path', { d: 'M24 66 L64 32 L104 66', fill: 'none', stroke: '#ffffff', 'stroke-width': '10', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }],
    ['path', { d: 'M36 60 V98 H92 V60', fill: 'none', stroke: '#ffffff', 'stroke-width': '10', 'stroke-linejoin': 'round' }],
    ['rect', { x: '56', y: '74', width: '16', height: '24', fill: '#ffffff' }],
    ['circle', { cx: '98', cy: '30', r: '16', fill: '#e8590c', stroke: '#21466e', 'stroke-width': '5' }],
  ];
  for (const [tag, attributes] of shapes) {
    const el = document.createElementNS(NS, tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    svg.append(el);
  }
  return svg;
}
