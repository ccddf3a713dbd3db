/** After an extension page changed a case: the service worker counts the overdue terms for the toolbar badge again. */
import { browser } from 'wxt/browser';
export function refreshBadge(): void {
  void browser.runtime.sendMessage({ type: 'refresh-badge' }).catch(() => {});
}
