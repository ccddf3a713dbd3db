/**
 * Every key the extension keeps in browser.storage, in one place. `local:` stays on this computer
 * (never synced); `session:` is memory only and gone when the browser closes.
 */
export const SETTINGS_KEY = 'local:settings';
/** Settings that no longer validated, kept aside with the reason so Options can say so (never silently replaced). */
export const SETTINGS_SET_ASIDE_KEY = 'local:settingsSetAside';
export const LANG_KEY = 'local:lang';
export const OPEN_KEY = 'local:sidebarOpen';
export const LEARNED_KEY = 'local:learnedPages';
export const HOSTS_KEY = 'local:ownHosts';
export const ONBOARDED_KEY = 'local:onboarded';
/** Where the Inspectie secret lived before it moved into the extension's database (read once to move it). */
export const LEGACY_SECRET_KEY = 'local:inspectieSecret';
export const SEEN_KEY = 'session:seenPupils';
