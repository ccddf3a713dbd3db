import { handleMessage } from '@/components/background/handler';

/**
 * The service worker runs the rules engine for the pages. Content scripts send what they read;
 * every message is validated before use (a compromised page renderer can forge content-script messages).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return;
    handleMessage(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
});
