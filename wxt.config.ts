import { defineConfig } from 'wxt';

/**
 * The extension makes no network requests and keeps pupil data in its own origin.
 * `E2E=1 npm run build` also runs the content script on http://localhost and http://127.0.0.1, where
 * the demo pages and the end-to-end tests live (permission prompts cannot be clicked in a test).
 */
const TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
/** A site "added by the school" in the tests: granted up front, because the permission prompt cannot be clicked. */
const TEST_OWN_HOST = 'http://127.0.0.2/*';

export default defineConfig({
  manifest: {
    name: 'Thuiszitter-signaal',
    description: 'Signaleert mogelijke thuiszitters en helpt bij de verzuimmelding. Leerlinggegevens blijven in de browser.',
    // storage: the sidebar's open/closed state, the language and the school's settings.
    // scripting: running the page script on sites the school adds (each asked for when added).
    permissions: ['storage', 'scripting'],
    // The toolbar button opens the overview (no popup).
    action: { default_title: 'Thuiszitter-signaal – overzicht' },
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
