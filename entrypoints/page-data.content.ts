import { PAGE_DATA_MATCHES, pageJsonKind } from '@/lib/hosts/systems';

/**
 * Runs in the page's own world on Magister and Somtoday: when the page loads its absence data
 * (its own requests, HOSTS.md §1.1, §2.1), a copy is handed to the extension's page script with
 * postMessage. Nothing is requested or sent anywhere; the page's responses are passed back untouched.
 */
export default defineContentScript({
  matches: PAGE_DATA_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  // Firefox (MV2) has no main-world content scripts; there the page's markup is read.
  exclude: ['firefox'],
  main() {
    // The page may load its data before the extension's page script listens: keep the latest copies
    // and post them again when that script asks.
    const latest = new Map<string, { url: string; text: string }>();
    const send = (url: string, text: string) => {
      try {
        window.postMessage({ thuiszitterSignaal: 'page-data', url, json: JSON.parse(text) }, location.origin);
      } catch {
        // Not JSON: nothing to pass on.
      }
    };
    const post = (url: string, text: string) => {
      latest.set(url.split('?')[0]!, { url, text });
      send(url, text);
    };
    window.addEventListener('message', (event) => {
      if (event.source !== window || (event.data as { thuiszitterSignaal?: unknown } | null)?.thuiszitterSignaal !== 'request-page-data') return;
      for (const { url, text } of latest.values()) send(url, text);
    });
    // Wrap the page's own fetch and XMLHttpRequest to copy the absence responses it receives; the
    // wrappers make no request themselves and hand the page its response untouched.
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
    // Same for the page's XMLHttpRequest: listen to the response of a request the page itself opened.
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
