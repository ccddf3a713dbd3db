import { defineConfig } from 'wxt';

// The extension makes no network requests and keeps pupil data in its own origin.
export default defineConfig({
  modules: [],
  manifest: {
    name: 'Thuiszitter-signaal',
    description: 'Signaleert mogelijke thuiszitters en helpt bij de verzuimmelding. Leerlinggegevens blijven in de browser.',
    default_locale: undefined,
    permissions: ['storage'],
  },
});
