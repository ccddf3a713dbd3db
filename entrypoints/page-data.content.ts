import { defineContentScript } from 'wxt/utils/define-content-script';
import { PAGE_DATA_MATCHES, pageJsonKind } from '@/lib/hosts/systems';
import { PAGE_DATA_CHANNEL } from '@/lib/hosts/pageData';

/**
 * Runs in the page's own world on Magister and Somtoday: when the page loads its absence data
 * (its own requests, HOSTS.md §1.1, §2.1), a copy of the text is handed to the extension's page script
 * (PAGE_DATA_CHANNEL). Nothing is requested or sent anywhere; the page's responses are passed back untouched.
 */
/** Responses kept for a page script that starts late (as many as the page script keeps). */
const KEPT_RESPONSES = 8;

export default defineContentScript({
  matches: PAGE_DATA_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    // The page may load its data before the extension's page script listens: keep the latest copies
    // and post them again when that script asks.
    const latest = new Map<string, { url: string; text: string }>();
    const send = (url: string, text: string) => {
      const root = document.documentElement;
      root.setAttribute(PAGE_DATA_CHANNEL.urlAttribute, url);
      root.setAttribute(PAGE_DATA_CHANNEL.textAttribute, text);
      // Listeners run during dispatch: the attributes are gone again before the page's next step.
      window.dispatchEvent(new Event(PAGE_DATA_CHANNEL.event));
      root.removeAttribute(PAGE_DATA_CHANNEL.urlAttribute);
      root.removeAttribute(PAGE_DATA_CHANNEL.textAttribute);
    };
    const post = (url: string, text: string) => {
      const key = url.split('?')[0]!;
      latest.delete(key);
      latest.set(key, { url, text });
      // A single-page app visits pupil after pupil: keep the latest few responses, not every one.
      while (latest.size > KEPT_RESPONSES) latest.delete(latest.keys().next().value!);
      send(url, text);
    };
    window.addEventListener(PAGE_DATA_CHANNEL.request, () => {
      for (const { url, text } of latest.values()) send(url, text);
    });
    // Why read the page's own JSON: Magister's and Somtoday's screens show a page of a list and leave
    // out what the rules need (the geoorloofd flag, lesuren, open-ended periods); the response the page
    // already received has it all (HOSTS.md §1.1, §2.1). So the page's own fetch and XMLHttpRequest are
    // wrapped to copy the absence responses it receives. The wrappers never start a request, never send
    // anything anywhere, and hand the page its response untouched; only addresses pageJsonKind knows are copied.
    const originalFetch = window.fetch;
    window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const response = await originalFetch.apply(this, args);
      try {
        const url = response.url || String(args[0] instanceof Request ? args[0].url : args[0]);
        if (pageJsonKind(url) && response.ok) void response.clone().text().then((text) => post(url, text), () => {});
      } catch {
        // Never let the extension break the school's page.
      }
      return response;
    };
    // Same for the page's XMLHttpRequest: only a load listener on a request the page itself opened and sends.
    const originalOpen = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
      try {
        const url = String(args[1]);
        if (pageJsonKind(new URL(url, location.href).href)) {
          this.addEventListener('load', () => {
            if (this.status >= 200 && this.status < 300 && (this.responseType === '' || this.responseType === 'text')) post(this.responseURL, this.responseText);
          });
        }
      } catch {
        // As above.
      }
      return originalOpen.apply(this, args as unknown as Parameters<XMLHttpRequest['open']>);
    } as typeof XMLHttpRequest.prototype.open;
  },
});
