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

/**
 * Firefox needs a fixed add-on id (storage, managed policy); 128+ runs content scripts in the page's
 * world, 140 (the current ESR) reads data_collection_permissions, AMO's statement that nothing is collected.
 */
const GECKO_ID = 'thuiszitter-signaal@thuiszitter-signaal.nl';

/**
 * The end-to-end builds' public key: it pins the extension id (cdflamanmiacfdgjpdhbdlbmfgjnkned), so a
 * test can write a Chromium policy for it (test/e2e/policy.spec.ts). Never in a store build: the stores assign the key.
 */
const E2E_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjrXN/wIPEXPX6QBi1ClFwU4IBO0iEfMGoK/nNLyEZ9AHNkkDfljBXHaigYIZc07h1MvOi+AB5zQW0bc3DOxyPejKsXyAHmTB62VZ8FVZc9oKU9lQvVycX9QdlSwK5DKAUAKyXrgh+nA3quLcH14zqOC+5O+J+a5m6jHqEr/8PT3W11iS7Bn1qqfT61291WYE3gRTNZCPBsBEZMzMx+8w2SLgOVwDobN3/9T4IyrBN+XPgsxHRn2GIMk7h3H+odsmI5vL8Lw/v5ER7wSliub5X+b2UQLOpHmRLBR5o2dhreezKN9AEHZgpCa1f0NVTiJ4UP3tfo+4/ChD+lHTKSw0DwIDAQAB';

export default defineConfig({
  // Every WXT API and every module is imported where it is used: nothing is a global, and a lib/ file
  // that reached for `browser` or `storage` would not compile (lint also forbids it).
  imports: false,
  // MV3 for every browser: Firefox 128+ runs the page-data script in the page's world too.
  manifestVersion: 3,
  // AMO's sources zip: what git tracks (generated output, the demo's files and the built CLI are rebuilt by npm ci).
  zip: { excludeSources: ['demo-output/**', 'dist/**', 'test-results/**', 'playwright-report/**', '.output-closed/**', '.prof/**'] },
  outDir: process.env.E2E === '1' && process.env.SHADOW === 'closed' ? '.output-closed' : '.output',
  vite: () => ({ define: { __TS_SHADOW_MODE__: JSON.stringify(SHADOW_MODE) } }),
  manifest: ({ browser }) => ({
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // No data leaves the browser: the add-on collects and transmits nothing (AMO's data consent).
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome/Edge: the settings a school's IT department may set by policy (lib/policy.ts, POLICY.md).
          storage: { managed_schema: 'managed_schema.json' },
        }),
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
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (process.env.E2E !== '1') return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_HOSTS];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_OWN_HOST];
      manifest.key = E2E_PUBLIC_KEY;
    },
  },
});
