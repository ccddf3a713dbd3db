/**
 * The one way the content script and the extension pages talk to the background: send(request)
 * returns the answer of that request's kind (lib/messages.ts ResponseOf). The request's type comes from
 * its zod schema, which the background validates it against before anything else.
 */
import { browser } from 'wxt/browser';
import type { RequestOf, RequestType, ResponseOf } from '@/lib/messages';

/** Undefined when nothing answered (the extension was reloaded or updated under the page). */
export async function send<K extends RequestType>(request: RequestOf<K>): Promise<ResponseOf[K] | undefined> {
  return (await browser.runtime.sendMessage(request)) as ResponseOf[K] | undefined;
}
