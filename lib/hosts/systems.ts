/**
 * Every host system, one folder each (lib/hosts/<system>/host.ts): the manifest's matches and the
 * page-data script's matches are built from this list. Data only, so the small scripts that run on
 * every page can import it without the readers.
 */
import { eduarte } from './eduarte/host.ts';
import { esis } from './esis/host.ts';
import { magister } from './magister/host.ts';
import { parnassys } from './parnassys/host.ts';
import { somtoday } from './somtoday/host.ts';
import type { HostDefinition, PageJsonKind, SystemId } from './types.ts';

export const KNOWN_SYSTEMS: readonly HostDefinition[] = [parnassys, magister, somtoday, eduarte, esis];

/** Where the page-data script runs: the systems whose pages load their own absence data. */
export const PAGE_DATA_MATCHES: string[] = KNOWN_SYSTEMS.filter((s) => s.pageData.length > 0).flatMap((s) => s.matches);

/** Which page responses carry absences, by their address. */
export function pageJsonKind(url: string): PageJsonKind | null {
  const path = url.split('?')[0] ?? '';
  for (const system of KNOWN_SYSTEMS) for (const data of system.pageData) if (data.path.test(path)) return data.kind;
  return null;
}

export function systemForHost(hostname: string): SystemId {
  const host = hostname.toLowerCase();
  for (const known of KNOWN_SYSTEMS) {
    if (known.hostSuffixes.some((suffix) => host.endsWith(suffix))) return known.system;
  }
  return 'generiek';
}
