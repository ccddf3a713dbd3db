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
