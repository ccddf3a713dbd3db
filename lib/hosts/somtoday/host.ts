/** Somtoday (Topicus, VO): where it runs and what its pages are made of (HOSTS.md §2). Data only: the page-data script imports it. */
import type { HostDefinition } from '../types.ts';

export const SOMTODAY_SELECTORS = {
  /** One registration; its aria-label is the app's own wording (markup.ts). */
  item: 'sl-registratie[aria-label]',
  /** Where the category name ("Afwezig ongeoorloofd") stands above a list. */
  headings: 'hmy-registratie-categorie, [class*="categorie"], h1, h2, h3, h4, span, div, p, button',
  /** The period dropdown ("Dit schooljaar"). */
  period: 'hmy-dropdown, .tijdspan-selectie',
} as const;

export const somtoday: HostDefinition = {
  system: 'somtoday',
  name: 'Somtoday',
  matches: ['https://*.somtoday.nl/*'],
  hostSuffixes: ['.somtoday.nl', 'som.today'],
  schoolType: 'vo',
  pageData: [
    { kind: 'somtoday-absentiemeldingen', path: /\/rest\/v1\/absentiemeldingen$/ },
    { kind: 'somtoday-registratieoverzicht', path: /\/rest\/v1\/leerlingen\/[^/]+\/registratieOverzicht$/ },
  ],
  known: 'JSON (absentiemeldingen, registratieOverzicht) and the app’s markup (sl-registratie) from its public source',
};
