/**
 * Badges for very large pages: one layer outside the page's layout, each badge placed beside its
 * row. Putting a badge inside a cell of a 10,000-row table makes the browser lay out the whole table
 * again (~600 ms measured); a layer of its own leaves the table alone. The layer follows the page on
 * resize and scrolling (also inside scrolling containers) and hides badges whose row is out of view.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PlacedBadge {
  anchor: Element;
  badge: HTMLElement;
}

export class BadgeLayer {
  private placed: PlacedBadge[] = [];
  private frame = 0;
  private readonly visibility: IntersectionObserver;
  private readonly visible = new WeakSet<Element>();

  constructor(
    ctx: ContentScriptContext,
    private readonly container: HTMLElement,
  ) {
    this.visibility = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) this.visible.add(e.target);
        else this.visible.delete(e.target);
      }
      this.schedule();
    });
    const onChange = () => this.schedule();
    ctx.addEventListener(window, 'resize', onChange, { passive: true });
    // Capture: scrolling inside a container (Kendo's grid content) does not bubble to window.
    ctx.addEventListener(document, 'scroll', onChange, { capture: true, passive: true });
    ctx.onInvalidated(() => this.visibility.disconnect());
  }

  show(badges: PlacedBadge[]): void {
    this.clear();
    this.placed = badges;
    for (const { anchor, badge } of badges) {
      badge.style.position = 'absolute';
      badge.style.visibility = 'hidden';
      this.visibility.observe(anchor);
    }
    this.container.replaceChildren(...badges.map((b) => b.badge));
    this.schedule();
  }

  clear(): void {
    this.visibility.disconnect();
    this.placed = [];
    this.container.replaceChildren();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  /** Reads every anchor's position first, then writes all badges: one layout, no thrashing. */
  private place(): void {
    const origin = this.container.getBoundingClientRect();
    const positions = this.placed.map(({ anchor }) => (this.visible.has(anchor) && anchor.isConnected ? anchor.getBoundingClientRect() : null));
    this.placed.forEach(({ badge }, i) => {
      const rect = positions[i];
      if (!rect) {
        badge.style.visibility = 'hidden';
        return;
      }
      badge.style.visibility = 'visible';
      badge.style.left = `${rect.right - origin.left + 4}px`;
      badge.style.top = `${rect.top - origin.top + Math.max(0, (rect.height - 22) / 2)}px`;
    });
  }
}
