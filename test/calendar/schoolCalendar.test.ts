import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';

const day = isoToDay;
const midden = new SchoolCalendar({ regio: 'midden' });
const noord = new SchoolCalendar({ regio: 'noord' });
const zuid = new SchoolCalendar({ regio: 'zuid' });

describe('SchoolCalendar', () => {
  it('defaults to region midden', () => {
    expect(new SchoolCalendar().settings.regio).toBe('midden');
  });

  it('skips the herfstvakantie of the school’s own region (2026: noord 10–18 okt, midden/zuid 17–25 okt)', () => {
    expect(midden.isSchoolDay(day('2026-10-13'))).toBe(true);
    expect(noord.isSchoolDay(day('2026-10-13'))).toBe(false);
    expect(midden.isSchoolDay(day('2026-10-20'))).toBe(false);
    expect(noord.isSchoolDay(day('2026-10-20'))).toBe(true);
    expect(midden.closedReason(day('2026-10-20'))).toEqual({ kind: 'vakantie', name: 'herfstvakantie' });
  });

  it('skips the kerstvakantie (19 dec 2026 – 3 jan 2027) and weekends', () => {
    expect(midden.schoolDaysBetween(day('2026-12-14'), day('2027-01-08'))).toBe(10);
    expect(midden.closedReason(day('2026-12-19'))).toEqual({ kind: 'weekend' });
  });

  it('skips public holidays: Koningsdag, Hemelvaart, Tweede Pinksterdag; Goede Vrijdag is the school’s choice', () => {
    expect(midden.closedReason(day('2026-04-27'))).toEqual({ kind: 'vakantie', name: 'meivakantie' });
    expect(midden.closedReason(day('2028-04-27'))).toEqual({ kind: 'feestdag', name: 'Koningsdag' });
    expect(midden.isSchoolDay(day('2026-05-14'))).toBe(false);
    expect(midden.isSchoolDay(day('2026-05-25'))).toBe(false);
    expect(midden.isSchoolDay(day('2026-04-03'))).toBe(false);
    expect(new SchoolCalendar({ goedeVrijdagVrij: false }).isSchoolDay(day('2026-04-03'))).toBe(true);
  });

  it('skips the school’s studiedagen and its own carnaval week instead of the voorjaarsvakantie', () => {
    const school = new SchoolCalendar({
      regio: 'zuid',
      vrijeDagen: [{ date: '2026-11-25', name: 'studiedag' }],
      eigenVakanties: [{ name: 'carnavalsvakantie', start: '2027-02-06', end: '2027-02-14', vervangt: 'voorjaarsvakantie' }],
    });
    expect(school.closedReason(day('2026-11-25'))).toEqual({ kind: 'vrije dag', name: 'studiedag' });
    expect(school.closedReason(day('2027-02-08'))).toEqual({ kind: 'vakantie', name: 'carnavalsvakantie' });
    // The official zuid voorjaarsvakantie (13–21 feb 2027) is replaced, so those are school days again.
    expect(zuid.isSchoolDay(day('2027-02-15'))).toBe(false);
    expect(school.isSchoolDay(day('2027-02-15'))).toBe(true);
  });

  it('counts lesweken, skipping calendar weeks without school', () => {
    // Monday 5 Oct 2026 + 4 lesweken in midden: the herfstvakantie week (19–23 Oct) does not count.
    expect(dayToIso(midden.addSchoolWeeks(day('2026-10-05'), 4))).toBe('2026-11-09');
    // The same start on a Wednesday lands on a Wednesday: the week is skipped whatever the weekday.
    expect(dayToIso(midden.addSchoolWeeks(day('2026-10-07'), 4))).toBe('2026-11-11');
    // Across the two weeks of kerstvakantie.
    expect(dayToIso(midden.addSchoolWeeks(day('2026-12-07'), 4))).toBe('2027-01-18');
    expect(dayToIso(midden.addSchoolWeeks(day('2027-01-18'), -4))).toBe('2026-12-07');
  });

  it('counts DUO werkdagen through school holidays but not public holidays', () => {
    // Thursday 15 Oct 2026 + 5 werkdagen = Thursday 22 Oct, inside the herfstvakantie.
    expect(dayToIso(midden.addWerkdagen(day('2026-10-15'), 5))).toBe('2026-10-22');
    // Over Koningsdag (Monday 27 Apr 2026).
    expect(dayToIso(midden.addWerkdagen(day('2026-04-23'), 5))).toBe('2026-05-01');
  });

  it('werkdagen follow the Algemene termijnenwet: Goede Vrijdag and school holidays count, 5 mei every year does not', () => {
    // With or without Goede Vrijdag as a school holiday, it is a werkdag (3 April 2026); 2e Paasdag is not.
    for (const goedeVrijdagVrij of [true, false]) {
      const cal = new SchoolCalendar({ goedeVrijdagVrij });
      expect(dayToIso(cal.addWerkdagen(day('2026-04-01'), 2))).toBe('2026-04-03');
      expect(dayToIso(cal.addWerkdagen(day('2026-04-03'), 1))).toBe('2026-04-07');
    }
    // 2027: 5 mei (not a lustrum year) and Hemelvaart on 6 May are skipped.
    expect(dayToIso(midden.addWerkdagen(day('2027-05-03'), 2))).toBe('2027-05-07');
    expect(midden.isWerkdag(day('2027-05-05'))).toBe(false);
    // A deadline in the meivakantie: a werkdag, and the calendar can name the holiday.
    expect(midden.holidayOn(day('2026-05-01'))).toBe('meivakantie');
  });

  it('lists what it skipped, for the explanation', () => {
    expect(midden.closedPeriodsBetween(day('2026-10-05'), day('2026-11-27'))).toEqual([
      { kind: 'vakantie', name: 'herfstvakantie', start: '2026-10-19', end: '2026-10-23' },
    ]);
  });

  it('knows which school years have official holiday data', () => {
    expect(midden.hasHolidayData(day('2024-09-01'))).toBe(true);
    expect(midden.hasHolidayData(day('2030-07-01'))).toBe(true);
    expect(midden.hasHolidayData(day('2031-01-01'))).toBe(false);
  });

  it('loads all six school years for every region, each holiday on weekdays only', () => {
    for (const calendar of [noord, midden, zuid]) {
      // zomervakantie 2027 differs per region but is six weeks of weekdays everywhere.
      const summer = calendar.closedPeriodsBetween(day('2027-07-01'), day('2027-09-10')).filter((p) => p.name === 'zomervakantie');
      expect(summer).toHaveLength(1);
      expect(calendar.schoolDaysBetween(day(summer[0]!.start), day(summer[0]!.end))).toBe(0);
    }
  });
});

describe('lesweken as a lookup', () => {
  // The calendar answers "n lesweken later" from a table; it must agree with walking week by week.
  function walk(calendar: SchoolCalendar, day: number, weeks: number): number {
    const step = weeks >= 0 ? 7 : -7;
    let remaining = Math.abs(weeks);
    let d = day;
    while (remaining > 0) {
      d += step;
      if (calendar.isLesweek(d)) remaining--;
    }
    return d;
  }

  it('agrees with a week-by-week walk, forward and back, in and around every region’s holidays', () => {
    const calendars = (['noord', 'midden', 'zuid'] as const).map((regio) => new SchoolCalendar({ regio }));
    const first = isoToDay('2023-06-01');
    const last = isoToDay('2031-06-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: first, max: last }), fc.integer({ min: -60, max: 60 }), (c, day, weeks) => {
        const calendar = calendars[c]!;
        expect(dayToIso(calendar.addSchoolWeeks(day, weeks))).toBe(dayToIso(walk(calendar, day, weeks)));
      }),
      { numRuns: 3000 },
    );
  });
});
