/**
 * Every host system in one place: which hosts the extension runs on and which reader a page gets.
 * ParnasSys, ESIS and Kindkans-style SWV portals have no published markup (HOSTS.md §3, §4): their
 * pages are read by the generic reader, which recognises any absence table by its headers.
 */
import { genericAdapter } from './generic.ts';
import { magisterAdapter } from './magister.ts';
import { somtodayAdapter } from './somtoday.ts';
import type { SchoolType } from '../vocabulary.ts';
import type { HostAdapter, PageReading, ReadContext, SystemId } from './types.ts';

export interface KnownSystem {
  system: SystemId;
  name: string;
  /** Match patterns for the manifest. */
  matches: string[];
  /** The school type the system serves, used until the school sets its own (HOSTS.md §5). */
  schoolType: SchoolType;
}

export const KNOWN_SYSTEMS: readonly KnownSystem[] = [
  { system: 'parnassys', name: 'ParnasSys', matches: ['https://*.parnassys.net/*'], schoolType: 'po' },
  { system: 'magister', name: 'Magister', matches: ['https://*.magister.net/*'], schoolType: 'vo' },
  { system: 'somtoday', name: 'Somtoday', matches: ['https://*.somtoday.nl/*'], schoolType: 'vo' },
  { system: 'esis', name: 'ESIS', matches: ['https://*.rovictonline.nl/*'], schoolType: 'po' },
];

const SPECIFIC: readonly HostAdapter[] = [magisterAdapter, somtodayAdapter];

export function systemForHost(hostname: string): SystemId {
  const host = hostname.toLowerCase();
  for (const known of KNOWN_SYSTEMS) {
    const suffix = known.matches[0]!.replace(/^https:\/\/\*|\/\*$/g, '');
    if (host.endsWith(suffix)) return known.system;
  }
  return 'generiek';
}

/**
 * Reads a page: the host's own reader first, then the generic one. Demo and test pages name the
 * system they imitate with <meta name="ts-demo-system">, so the same readers run on localhost.
 */
export async function readPage(root: ParentNode, hostname: string, context: ReadContext, hint?: string | null): Promise<PageReading | null> {
  const system = hint && SPECIFIC.some((a) => a.system === hint) ? (hint as SystemId) : systemForHost(hostname);
  const specific = SPECIFIC.find((a) => a.system === system || a.hostSuffixes.some((s) => hostname.endsWith(s)));
  const reading = (await specific?.read(root, context)) ?? (await genericAdapter.read(root, context));
  if (reading && reading.system === 'generiek' && system !== 'generiek') reading.system = system;
  return reading;
}

export { genericAdapter, magisterAdapter, somtodayAdapter };
export type { HostAdapter, PageReading, ReadContext, SystemId };
