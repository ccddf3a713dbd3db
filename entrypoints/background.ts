import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessage, openExtensionPage } from '@/components/background/handler';
import { syncOwnHostScripts } from '@/components/hosts';
import { onboardedItem } from '@/components/storage';
import { currentSettings, managedSettings } from '@/components/settings';
import { ONBOARDING_KEYS } from '@/lib/policy';
import { purgeExpired } from '@/components/store/repo';
import { todayIso } from '@/lib/calendar/days';
import { userMessage } from '@/lib/errors';
import { updateToolbarBadge } from '@/components/background/badge';

/**
 * The service worker runs the rules engine for the pages and keeps the extension's database.
 * Content scripts send what they read; every message is validated before use (a compromised page
 * renderer can forge content-script messages).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return;
    handleMessage(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: userMessage(error, 'Deze actie') }),
    );
    return true;
  });
  // The toolbar button opens the overview.
  (browser.action ?? browser.browserAction).onClicked.addListener(() => void openExtensionPage('#/'));
  const startup = () => {
    void updateToolbarBadge().catch((error: unknown) => console.warn('Thuiszitter-signaal: badge', error));
    // Sites the school added: registered again after an update or a browser start.
    void syncOwnHostScripts().catch((error: unknown) => console.warn('Thuiszitter-signaal: eigen sites', error));
    // Closed cases past the school's retention period go.
    void currentSettings()
      .then((s) => purgeExpired(todayIso(), s.privacy.retentionMonths))
      .catch((error: unknown) => console.warn('Thuiszitter-signaal: opruimen', error));
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    startup();
    // First use: a short onboarding with the few settings that decide the rules, unless the school's policy set them all.
    if (reason === 'install') {
      void managedSettings().then(async (managed) => {
        if (ONBOARDING_KEYS.every((k) => managed.keys.has(k))) await onboardedItem.setValue(true);
        else await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welkom') });
      });
    }
  });
  browser.runtime.onStartup.addListener(startup);
});
