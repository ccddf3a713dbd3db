import { defineConfig } from 'wxt';

// The extension makes no network requests and keeps pupil data in its own origin.
export default defineConfig({
  modules: [],
  manifest: {
    name: 'Thuiszitter-signaal',
    description: 'Signaleert mogelijke thuiszitters en helpt bij de verzuimmelding. Leerlinggegevens blijven in de browser.',
    // No permissions yet: the rules engine needs none. Each later feature asks only for what it uses.
    permissions: [],
  },
});
