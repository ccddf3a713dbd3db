import { describe, expect, it } from 'vitest';
import { ALL_REGIONS, isRegionId, PHASES, regionById, UnknownRegionError } from '../lib/regions/index.ts';
import { nextSteps } from '../lib/protocols.ts';
import { resolveSettings } from '../lib/settings.ts';

describe('regions: one file each', () => {
  it('knows the five seed protocols and the national rules, by a typed id', () => {
    expect(ALL_REGIONS.map((r) => r.id)).toEqual(['landelijk', 'bepo', 'lekstroom', 'ppo-rotterdam', 'utrecht', 'den-haag']);
    expect(isRegionId('utrecht')).toBe(true);
    expect(isRegionId('atlantis')).toBe(false);
  });

  it('an unknown region is an error, never a silent fallback', () => {
    expect(() => regionById('bestaat-niet')).toThrow(UnknownRegionError);
    expect(() => resolveSettings({ preset: 'bestaat-niet' })).toThrow(/onbekende regio-instelling: "bestaat-niet"/);
  });

  it('every region names all five phases, and every term it sets has a source', () => {
    for (const region of ALL_REGIONS) {
      expect(Object.keys(region.phaseNames).sort()).toEqual([...PHASES].sort());
      for (const term of region.terms) expect(term.source.length).toBeGreaterThan(5);
    }
  });

  it('its thresholds, steps and terms come from the same file', () => {
    expect(resolveSettings({ preset: 'ppo-rotterdam' }).rules.thuiszitter.countGeoorloofd).toBe(true);
    expect(nextSteps('utrecht', ['thuiszitter']).protocol?.steps[0]?.term).toBe('binnen 5 dagen');
    expect(regionById('utrecht').terms.map((t) => t.id)).toEqual(['actietafel-utrecht']);
    expect(nextSteps('landelijk', ['thuiszitter']).protocol).toBeUndefined();
  });
});
