import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ALL_REGIONS } from '../lib/regions/index.ts';
import { dreigendWeeks, hourUnitOf, resolveSettings } from '../lib/settings.ts';

describe('settings', () => {
  it('fills every threshold with its sourced default', () => {
    const s = resolveSettings();
    expect(s.preset).toBe('landelijk');
    expect(s.calendar.regio).toBe('midden');
    expect(s.rules.thuiszitter).toEqual({ weeks: 4, countGeoorloofd: false });
    expect(s.rules.meldplicht).toMatchObject({ hours: 16, weeks: 4, deadlineWerkdagen: 5, minCalendarDaysBetween: 7 });
    expect(s.rules.mazl).toEqual({ reports: 4, windowWeeks: 12, consecutiveDays: 7, visibleWeeks: 4 });
    expect(dreigendWeeks(s.rules)).toBe(2);
  });

  it('has a preset for each of the five seed regions', () => {
    expect(ALL_REGIONS.map((p) => p.id)).toEqual(['landelijk', 'bepo', 'lekstroom', 'ppo-rotterdam', 'utrecht', 'den-haag']);
  });

  it('lets a preset set its definition and region, and the school override both', () => {
    const ppo = resolveSettings({ preset: 'ppo-rotterdam' });
    expect(ppo.rules.thuiszitter.countGeoorloofd).toBe(true);
    expect(ppo.calendar.regio).toBe('midden');
    const own = resolveSettings({ preset: 'ppo-rotterdam', calendar: { regio: 'zuid' }, rules: { thuiszitter: { countGeoorloofd: false } } });
    expect(own.calendar.regio).toBe('zuid');
    expect(own.rules.thuiszitter.countGeoorloofd).toBe(false);
  });

  it('keeps dreigend at half the thuiszitter term unless the school sets it', () => {
    expect(dreigendWeeks(resolveSettings({ rules: { thuiszitter: { weeks: 6 } } }).rules)).toBe(3);
    expect(dreigendWeeks(resolveSettings({ rules: { thuiszitter: { weeks: 6 }, dreigend: { weeks: 1 } } }).rules)).toBe(1);
  });

  it('counts klokuren for PO and MBO, lesuren for VO', () => {
    expect(hourUnitOf(resolveSettings({ school: { schoolType: 'po' } }).school)).toBe('klokuur');
    expect(hourUnitOf(resolveSettings({ school: { schoolType: 'vo' } }).school)).toBe('lesuur');
    expect(hourUnitOf(resolveSettings({ school: { schoolType: 'mbo' } }).school)).toBe('klokuur');
  });

  it('refuses invalid settings with a clear message', () => {
    expect(() => resolveSettings({ preset: 'atlantis' })).toThrow(/onbekende regio-instelling/);
    try {
      resolveSettings({ calendar: { vrijeDagen: [{ date: '31-02-2026', name: 'studiedag' }] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]!.message).toBe('datum moet JJJJ-MM-DD zijn');
    }
    expect(() => resolveSettings({ rules: { meldplicht: { hours: -1 } } })).toThrow(ZodError);
  });
});
