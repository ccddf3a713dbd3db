/**
 * The regional protocols the product follows, one file each (lib/regions/<id>.ts). A school chooses
 * one in Options; its id is stored as `preset`. Adding a region is adding a file here and to ALL_REGIONS.
 */
import { UserError } from '../errors.ts';
import { bepo } from './bepo.ts';
import { denHaag } from './den-haag.ts';
import { landelijk } from './landelijk.ts';
import { lekstroom } from './lekstroom.ts';
import { ppoRotterdam } from './ppo-rotterdam.ts';
import type { Region } from './types.ts';
import { utrecht } from './utrecht.ts';

export * from './types.ts';

export const ALL_REGIONS = [landelijk, bepo, lekstroom, ppoRotterdam, utrecht, denHaag] as const satisfies readonly Region[];
export type RegionId = (typeof ALL_REGIONS)[number]['id'];
export const REGION_IDS = ALL_REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]];

export class UnknownRegionError extends UserError {
  constructor(readonly id: string) {
    super(`onbekende regio-instelling: "${id}" (bekend: ${REGION_IDS.join(', ')})`);
    this.name = 'UnknownRegionError';
  }
}

export function isRegionId(id: string): id is RegionId {
  return (REGION_IDS as readonly string[]).includes(id);
}

/** The region with this id; an unknown id is an error, never a silent fallback. */
export function regionById(id: string): Region {
  const region = ALL_REGIONS.find((r) => r.id === id);
  if (!region) throw new UnknownRegionError(id);
  return region;
}
