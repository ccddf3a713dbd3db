import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../lib/calendar/days.ts';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { ageOn, leerplichtStatus } from '../../lib/rules/leerplicht.ts';

const calendar = new SchoolCalendar();
const status = (birthDate: string | undefined, peildatum: string, extra = {}) =>
  leerplichtStatus({ id: 'L1', name: '', birthDate, ...extra }, isoToDay(peildatum), calendar);

describe('leerplicht', () => {
  it('starts on the first school day of the month after the 5th birthday (born 2 Sep → 1 Oct)', () => {
    expect(status('2021-09-02', '2026-09-30').state).toBe('nog-niet-leerplichtig');
    const s = status('2021-09-02', '2026-10-01');
    expect(s.state).toBe('leerplichtig');
    expect(s.from).toBe('2026-10-01');
  });

  it('moves the start to the first school day when the 1st falls in a holiday', () => {
    // Born 15 Dec 2021: the month after the 5th birthday starts in the kerstvakantie; school resumes 4 Jan 2027.
    expect(status('2021-12-15', '2027-01-10').from).toBe('2027-01-04');
  });

  it('ends at the end of the school year in which the pupil turns 16', () => {
    expect(status('2010-03-01', '2026-07-31').state).toBe('leerplichtig');
    expect(status('2010-03-01', '2026-07-31').until).toBe('2026-07-31');
    expect(status('2010-03-01', '2026-08-01').state).toBe('kwalificatieplichtig');
    // A birthday in September: the school year 2026-2027, so until 31 July 2027.
    expect(status('2010-09-15', '2026-11-27').until).toBe('2027-07-31');
  });

  it('kwalificatieplicht lasts until 18 or a startkwalificatie', () => {
    const s = status('2009-01-10', '2026-11-27');
    expect(s.state).toBe('kwalificatieplichtig');
    expect(s.until).toBe('2027-01-09');
    expect(status('2009-01-10', '2026-11-27', { startkwalificatie: true }).state).toBe('niet-meer-leerplichtig');
    expect(status('2008-01-10', '2026-11-27').state).toBe('niet-meer-leerplichtig');
  });

  it('is unknown without a birth date, but a melding may still be needed', () => {
    const s = status(undefined, '2026-11-27');
    expect(s.state).toBe('onbekend');
    expect(s.meldplichtig).toBe(true);
  });

  it('handles 29 February birthdays', () => {
    expect(ageOn('2012-02-29', isoToDay('2026-02-28'))).toBe(13);
    expect(ageOn('2012-02-29', isoToDay('2026-03-01'))).toBe(14);
  });

  it('reports a vrijstelling only while it runs', () => {
    const v = { vrijstelling: { grond: '5-onder-a' as const, from: '2026-09-01', until: '2027-07-31' } };
    expect(status('2015-01-01', '2026-11-27', v).vrijstelling?.grond).toBe('5-onder-a');
    expect(status('2015-01-01', '2026-08-15', v).vrijstelling).toBeUndefined();
  });
});
