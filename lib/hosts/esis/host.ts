/**
 * ESIS (Rovict, PO). Only the host pattern is public (HOSTS.md §3): absence data not found. Its pages
 * are read by the generic reader; a school whose page is not recognised teaches the extension once
 * with "Leer deze pagina". Data only.
 */
import type { HostDefinition } from '../types.ts';

export const esis: HostDefinition = {
  system: 'esis',
  name: 'ESIS',
  matches: ['https://*.rovictonline.nl/*'],
  hostSuffixes: ['.rovictonline.nl'],
  schoolType: 'po',
  pageData: [],
  known: 'addresses only; pages read by the generic reader or as the school taught it',
};
