import { defineConfig } from 'wxt';

/**
 * The extension makes no network requests and keeps pupil data in its own origin.
 * `E2E=1 npm run build` also runs the content script on http://localhost and http://127.0.0.1, where
 * the demo pages and the end-to-end tests live (permission prompts cannot be clicked in a test).
 */
const TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
/** A site "added by the school" in the tests: granted up front, because the permission prompt cannot be clicked. */
const TEST_OWN_HOST = 'http://127.0.0.2/*';
/**
 * The page UI's shadow roots are closed. Only the end-to-end build opens them, for Playwright's locators;
 * `E2E=1 SHADOW=closed` builds the closed end-to-end variant (into .output-closed) for the hostile-page tests.
 */
const SHADOW_MODE = process.env.E2E === '1' && process.env.SHADOW !== 'closed' ? 'open' : 'closed';

export default defineConfig({
  outDir: process.env.E2E === '1' && process.env.SHADOW === 'closed' ? '.output-closed' : '.output',
  vite: () => ({ define: { __TS_SHADOW_MODE__: JSON.stringify(SHADOW_MODE) } }),
  manifest: {
    // Name and description in the browser's language: public/_locales/{nl,en}/messages.json (nl is the default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // storage: the sidebar's open/closed state, the language and the school's settings.
    // scripting: running the page script on sites the school adds (each asked for when added).
    permissions: ['storage', 'scripting'],
    // The toolbar button opens the overview (no popup).
    action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (process.env.E2E !== '1') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_HOSTS];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_OWN_HOST];
    },
  },
});
