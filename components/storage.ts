/**
 * Everything the extension keeps in browser.storage, each item declared once, with its version and
 * migrations (WXT storage items). `local:` stays on this computer (never synced); `session:` is memory
 * only and gone when the browser closes. Pupil data lives in the extension's IndexedDB (store/db.ts).
 * What is read from here is validated where it is used: storage is written by other versions too.
 */
import { storage } from 'wxt/utils/storage';
import { settingsV1toV2 } from '@/lib/settingsMigrations';

/** The school's settings as Options stores them (lib/settings.ts settingsInputSchema). Version 2: schooltijden per weekday. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { version: 2, migrations: { 2: settingsV1toV2 } });

export interface SetAsideSettings {
  at: string;
  problem: string;
  settings: string;
}
/** Settings that no longer validated, kept aside with the reason so Options can say so (never silently replaced). */
export const settingsSetAsideItem = storage.defineItem<SetAsideSettings>('local:settingsSetAside');
/** The language of the sidebar and the pages: 'nl' or 'en'. */
export const langItem = storage.defineItem<string>('local:lang');
export const sidebarOpenItem = storage.defineItem<boolean>('local:sidebarOpen', { fallback: true });
/** Pages the school taught ("Leer deze pagina"; lib/hosts/generic/learned.ts). */
export const learnedPagesItem = storage.defineItem<unknown>('local:learnedPages');
/** Sites the school added (lib/ownHosts.ts). */
export const ownHostsItem = storage.defineItem<unknown>('local:ownHosts');
export const onboardedItem = storage.defineItem<boolean>('local:onboarded', { fallback: false });
/** Where the Inspectie secret lived before it moved into the extension's database (read once to move it). */
export const legacySecretItem = storage.defineItem<string>('local:inspectieSecret');
/** Pupils with a signal on the pages seen this session, for the overview (memory only). */
export const seenPupilsItem = storage.defineItem<unknown>('session:seenPupils');

/** What "Alles wissen" resets (own sites stay: their permissions are given back one by one in Options). */
export const WIPED_ITEMS = [seenPupilsItem, settingsItem, settingsSetAsideItem, learnedPagesItem, legacySecretItem];
