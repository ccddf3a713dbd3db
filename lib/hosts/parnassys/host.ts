/**
 * ParnasSys (Topicus, PO). Only its addresses are public (HOSTS.md §3): no absence markup, no codes.
 * Its pages are read by the generic reader (any table with a date and a reason); a school whose
 * page is not recognised teaches the extension once with "Leer deze pagina". Data only.
 */
import type { HostDefinition } from '../types.ts';

export const parnassys: HostDefinition = {
  system: 'parnassys',
  name: 'ParnasSys',
  matches: ['https://*.parnassys.net/*'],
  hostSuffixes: ['.parnassys.net'],
  schoolType: 'po',
  pageData: [],
  known: 'addresses only; pages read by the generic reader or as the school taught it',
};
