import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilToDay, dayToCivil, dayToIso, isIsoDate, isoToDay, schoolYearOf, weekdayOf } from '../../lib/calendar/days.ts';

describe('day numbers', () => {
  it('counts from 1970-01-01, a Thursday', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(weekdayOf(0)).toBe(3);
    expect(weekdayOf(isoToDay('2026-10-05'))).toBe(0); // a Monday
    expect(weekdayOf(isoToDay('2026-11-22'))).toBe(6); // a Sunday
  });

  it('round-trips every date between 1900 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: civilToDay(1900, 1, 1), max: civilToDay(2100, 12, 31) }), (n) => {
        expect(isoToDay(dayToIso(n))).toBe(n);
        const { year, month, day } = dayToCivil(n);
        expect(civilToDay(year, month, day)).toBe(n);
      }),
    );
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('05-10-2026')).toBe(false);
    expect(() => isoToDay('2026-1-5')).toThrow(/JJJJ-MM-DD/);
  });

  it('puts August in the new school year', () => {
    expect(schoolYearOf(isoToDay('2026-07-31'))).toBe('2025-2026');
    expect(schoolYearOf(isoToDay('2026-08-01'))).toBe('2026-2027');
  });
});
