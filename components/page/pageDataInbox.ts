/**
 * Absence data the page loaded itself, handed over by the page-data script (entrypoints/page-data.content.ts)
 * through attributes on <html> and an event. It comes from the page's world: untrusted, like the markup.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageJsonKind } from '@/lib/hosts/systems';
import { MAX_PAGE_DATA_CHARS, PAGE_DATA_CHANNEL } from '@/lib/hosts/pageData';

/** Page-data responses kept (the latest; one per address). */
const MAX_PAGE_DATA_RESPONSES = 8;

export class PageDataInbox {
  private readonly responses = new Map<string, { url: string; json: unknown }>();
  /** What could not be taken (too large), for the sidebar. */
  problems: string[] = [];

  /** `onChange` runs when a response arrives (or is refused): the page should be read again. */
  constructor(ctx: ContentScriptContext, private readonly onChange: () => void) {
    ctx.addEventListener(window, PAGE_DATA_CHANNEL.event, () => this.receive());
    // Ask for what the page loaded before this script started.
    window.dispatchEvent(new Event(PAGE_DATA_CHANNEL.request));
  }

  get items(): { url: string; json: unknown }[] {
    return [...this.responses.values()];
  }

  /** Another pupil (the page's address changed): what the page loaded for the previous one no longer applies. */
  clear(): void {
    this.responses.clear();
  }

  private receive() {
    const root = document.documentElement;
    const url = root.getAttribute(PAGE_DATA_CHANNEL.urlAttribute);
    const text = root.getAttribute(PAGE_DATA_CHANNEL.textAttribute);
    if (!url || text === null || !pageJsonKind(url)) return;
    if (text.length > MAX_PAGE_DATA_CHARS) {
      this.problems = [`gegevens van de pagina te groot (${Math.round(text.length / 1_000_000)} miljoen tekens, ten hoogste ${MAX_PAGE_DATA_CHARS / 1_000_000} miljoen): niet gelezen`];
      this.onChange();
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const key = url.split('?')[0]!.slice(0, 2000);
    this.responses.delete(key);
    this.responses.set(key, { url: url.slice(0, 2000), json });
    // A page could hand over responses for endless addresses: keep the latest few.
    while (this.responses.size > MAX_PAGE_DATA_RESPONSES) this.responses.delete(this.responses.keys().next().value!);
    this.onChange();
  }
}
