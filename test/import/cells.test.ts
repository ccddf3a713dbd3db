import { describe, expect, it } from 'vitest';
import { parseDate, parseGeoorloofd, parseLesson, parseTime, parseVrijstelling } from '../../lib/import/cells.ts';

const date = (cell: Parameters<typeof parseDate>[0]) => parseDate(cell, 2026);

describe('dates', () => {
  it.each([
    ['05-10-2026', '2026-10-05'],
    ['5-10-2026', '2026-10-05'],
    ['5-10-26', '2026-10-05'],
    ['05/10/2026', '2026-10-05'],
    ['5.10.2026', '2026-10-05'],
    ['2026-10-05', '2026-10-05'],
    ['20261005', '2026-10-05'],
    ['2026-10-05T00:00:00', '2026-10-05'],
    ['05-10-2026 08:30', '2026-10-05'],
    ['3-4-98', '1998-04-03'],
    ['3-4-15', '2015-04-03'],
  ])('reads %s', (input, expected) => {
    expect(date(input)).toEqual({ ok: true, value: expected });
  });

  it('reads spreadsheet dates and serial numbers', () => {
    expect(date(new Date(Date.UTC(2026, 9, 5)))).toEqual({ ok: true, value: '2026-10-05' });
    expect(date(46300)).toEqual({ ok: true, value: '2026-10-05' });
    expect(date(20261005)).toEqual({ ok: true, value: '2026-10-05' });
  });

  it.each(['31-02-2026', '2026-13-01', 'gisteren', '', '5-10', '1-1-1850'])('refuses %j with a message', (input) => {
    const result = date(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(5);
  });
});

describe('times and lessons', () => {
  it('reads UU:MM, U:MM, UUMM (EduArte) and UU.MM', () => {
    expect(parseTime('08:30')).toEqual({ ok: true, value: '08:30' });
    expect(parseTime('8:30')).toEqual({ ok: true, value: '08:30' });
    expect(parseTime('1045')).toEqual({ ok: true, value: '10:45' });
    expect(parseTime('10.45')).toEqual({ ok: true, value: '10:45' });
    expect(parseTime('10:45:00')).toEqual({ ok: true, value: '10:45' });
    expect(parseTime(0.375)).toEqual({ ok: true, value: '09:00' });
    expect(parseTime('25:00').ok).toBe(false);
  });

  it('reads lesuren such as 3 and 3e', () => {
    expect(parseLesson('3')).toEqual({ ok: true, value: 3 });
    expect(parseLesson('3e')).toEqual({ ok: true, value: 3 });
    expect(parseLesson('17').ok).toBe(false);
  });
});

describe('geoorloofd', () => {
  it.each([
    ['ja', 'ja'], ['Nee', 'nee'], ['true', 'ja'], ['FALSE', 'nee'], ['1', 'ja'], ['0', 'nee'],
    ['geoorloofd', 'ja'], ['ongeoorloofd', 'nee'], ['', 'onbekend'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseGeoorloofd(input)).toEqual({ ok: true, value: expected });
  });

  it('inverts an "Ongeoorloofd" column', () => {
    expect(parseGeoorloofd('ja', true)).toEqual({ ok: true, value: 'nee' });
    expect(parseGeoorloofd('ongeoorloofd', true)).toEqual({ ok: true, value: 'nee' });
  });

  it('refuses anything else', () => {
    expect(parseGeoorloofd('misschien').ok).toBe(false);
  });
});

describe('vrijstelling', () => {
  it('keeps art. 5 onder a and art. 5a apart', () => {
    expect(parseVrijstelling('art. 5 onder a')).toBe('5-onder-a');
    expect(parseVrijstelling('5-onder-a')).toBe('5-onder-a');
    expect(parseVrijstelling('5a')).toBe('5a');
    expect(parseVrijstelling('Art. 15')).toBe('15');
    expect(parseVrijstelling('ja')).toBe('overig');
    expect(parseVrijstelling('')).toBeUndefined();
    expect(parseVrijstelling('nee')).toBeUndefined();
  });
});

describe('dates as people write them on pages', () => {
  const today = '2026-11-30';
  it.each([
    ['ma 16-11-2026', '2026-11-16'],
    ['maandag 16-11-2026', '2026-11-16'],
    ['woensdag 14 oktober 2026', '2026-10-14'],
    ['14 okt. 2026', '2026-10-14'],
    ['Vandaag', '2026-11-30'],
    ['Gisteren', '2026-11-29'],
    ['Vandaag 30 nov', '2026-11-30'],
    ['Ma 26 okt', '2026-10-26'],
    ['Maandag 26 okt, 08:30', '2026-10-26'],
    ['Vr 2 jan', '2026-01-02'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text, 2026, today)).toEqual({ ok: true, value: iso });
  });

  it('does not guess a year-less or relative date without today', () => {
    expect(parseDate('Vandaag', 2026).ok).toBe(false);
    expect(parseDate('Ma 26 okt', 2026).ok).toBe(false);
  });

  it('a weekday that does not fit the date is not bent to fit', () => {
    expect(parseDate('Di 26 okt', 2026, today).ok).toBe(false);
  });
});
