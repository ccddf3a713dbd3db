/**
 * The words the model is made of, without zod, so code that runs on every school page (the content
 * script) can use them; lib/model.ts builds the schemas from them.
 */

export const SCHOOL_TYPES = ['po', 'vo', 'mbo'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Grounds in the Leerplichtwet that take a pupil out of the thuiszitter count (RULES.md §1.4).
 * '5-onder-a' (lichamelijk/psychisch ongeschikt) is the one the Inspectie registers.
 */
export const VRIJSTELLING_GRONDEN = ['5-onder-a', '5-onder-b', '5-onder-c', '5a', '15', '3a', '3b', 'overig'] as const;
export type VrijstellingGrond = (typeof VRIJSTELLING_GRONDEN)[number];

/**
 * absent, ziek, verlof and verwijderd keep a pupil out of lessons; te laat does not;
 * overig is everything else a system registers (huiswerk/boeken vergeten, a lesson vrijstelling).
 */
export const CATEGORIES = ['absent', 'te-laat', 'verwijderd', 'ziek', 'verlof', 'overig'] as const;
export type Category = (typeof CATEGORIES)[number];

export const GEOORLOOFD = ['ja', 'nee', 'onbekend'] as const;
export type Geoorloofd = (typeof GEOORLOOFD)[number];

/** Pupils from several sources: the first that names a pupil wins, later ones fill gaps. */
export function mergePupils<P extends MergeablePupil>(lists: readonly (readonly P[])[]): P[] {
  const merged = new Map<string, P>();
  for (const list of lists) {
    for (const p of list) {
      const known = merged.get(p.id);
      if (!known) {
        merged.set(p.id, { ...p });
        continue;
      }
      known.name ||= p.name;
      known.birthDate ??= p.birthDate;
      known.group ??= p.group;
      known.schoolType ??= p.schoolType;
      known.vrijstelling ??= p.vrijstelling;
      known.startkwalificatie ??= p.startkwalificatie;
    }
  }
  return [...merged.values()];
}

interface MergeablePupil {
  id: string;
  name: string;
  birthDate?: string;
  group?: string;
  schoolType?: SchoolType;
  vrijstelling?: { grond: VrijstellingGrond };
  startkwalificatie?: boolean;
}
