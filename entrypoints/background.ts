import { handleMessage } from '@/components/background/handler';
import { syncOwnHostScripts } from '@/components/hosts';

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
  // Sites the school added: registered again after an update or a browser start.
  const resync = () => void syncOwnHostScripts().catch((error: unknown) => console.warn('Thuiszitter-signaal: eigen sites', error));
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
});
