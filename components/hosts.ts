/**
 * Runs the page script on hosts the school added: each is asked for as an optional host permission
 * (inside the user's click), then registered as a content script. The background re-registers them
 * when the browser starts, for the hosts whose permission is still granted.
 */
import { browser } from 'wxt/browser';
import { ownHostsItem } from '@/components/storage';
import { ownHostsSchema, parseHostInput, type OwnHost } from '@/lib/ownHosts';
import type { PageText } from '@/lib/i18n';


export const OWN_HOSTS_SCRIPT = 'thuiszitter-eigen-hosts';

export async function loadOwnHosts(): Promise<OwnHost[]> {
  const parsed = ownHostsSchema.safeParse((await ownHostsItem.getValue()) ?? []);
  return parsed.success ? parsed.data : [];
}

/** Registers the page script for the granted hosts (and only those). */
export async function syncOwnHostScripts(): Promise<string[]> {
  const hosts = await loadOwnHosts();
  const granted: string[] = [];
  for (const h of hosts) if (await browser.permissions.contains({ origins: [h.pattern] })) granted.push(h.pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [OWN_HOSTS_SCRIPT] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [OWN_HOSTS_SCRIPT] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      { id: OWN_HOSTS_SCRIPT, matches: granted, js: ['content-scripts/page.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

/** Call from a click: the permission request must happen while the click still counts as the user's. */
export async function addOwnHost(input: string, words: Pick<PageText['options'], 'noPermission' | 'hostAdded'>): Promise<{ ok: boolean; message: string }> {
  const parsed = parseHostInput(input);
  if (!parsed.ok) return parsed;
  const allowed = await browser.permissions.request({ origins: [parsed.pattern] });
  if (!allowed) return { ok: false, message: words.noPermission(parsed.host) };
  const hosts = (await loadOwnHosts()).filter((h) => h.pattern !== parsed.pattern);
  hosts.push({ pattern: parsed.pattern, host: parsed.host, added: new Date().toISOString().slice(0, 10) });
  await ownHostsItem.setValue(hosts);
  await syncOwnHostScripts();
  return { ok: true, message: words.hostAdded(parsed.host) };
}

export async function removeOwnHost(pattern: string): Promise<void> {
  await ownHostsItem.setValue((await loadOwnHosts()).filter((h) => h.pattern !== pattern));
  await syncOwnHostScripts();
  // Give the permission back: the extension no longer needs that site.
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}
