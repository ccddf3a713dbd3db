/**
 * When to read the page again: after its content settles (debounced, but never postponed past
 * MAX_WAIT_MS), ignoring the extension's own elements and small elements that keep ticking (a clock).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last change before the page is read again. */
const SETTLE_MS = 300;
/** A page that never stops changing (a clock, a ticker) is read at most this long after its first change. */
const MAX_WAIT_MS = 2_000;
/** An element of at most this much text that changed more than RESTLESS_CHANGES times, each within RESTLESS_WINDOW_MS, is a clock, not data. */
const RESTLESS_MAX_TEXT = 200;
const RESTLESS_MAX_CHILDREN = 5;
const RESTLESS_CHANGES = 3;
const RESTLESS_WINDOW_MS = 5_000;
const OWN_TAGS = new Set(['THUISZITTER-BADGE', 'THUISZITTER-SIGNAAL', 'THUISZITTER-BADGES', 'THUISZITTER-INVULLEN']);

/** Runs `read` once the page has settled after a change; calls during a wait restart it (up to MAX_WAIT_MS). */
export function debounced(ctx: ContentScriptContext, read: () => void): () => void {
  let timer: number | undefined;
  let firstChange = 0;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    const now = performance.now();
    if (timer === undefined) firstChange = now;
    // Debounced, but never postponed past MAX_WAIT_MS: a restless page is still read.
    const wait = Math.max(0, Math.min(SETTLE_MS, firstChange + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(() => {
      timer = undefined;
      read();
    }, wait);
  };
}

/**
 * Watches the page for changes that are the school's content. `beforeEach` runs first on every batch
 * (the UI re-mounts itself there when the page replaced <body>).
 */
export function watchPageChanges(ctx: ContentScriptContext, handlers: { beforeEach(): void; onContentChange(): void; onLocationChange(): void }): void {
  // Our own badges and sidebar change the page too: those changes are not the school's content.
  // (Changes inside their shadow roots are not observed; only the hosts come and go.)
  const isOwn = (node: Node) => OWN_TAGS.has(node.nodeName);
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
    handlers.beforeEach();
    const foreign = mutations.some((m) => {
      if (isRestless(m)) return false;
      if (m.type !== 'childList') return true;
      for (const n of m.addedNodes) if (!isOwn(n)) return true;
      for (const n of m.removedNodes) if (!isOwn(n)) return true;
      return false;
    });
    if (foreign) handlers.onContentChange();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', () => handlers.onLocationChange());
}
