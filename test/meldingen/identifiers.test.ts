import { describe, expect, it } from 'vitest';
import { findPersonNumbers, isValidBsn, maskPersonNumber, parsePersonNumber } from '../../lib/meldingen/identifiers.ts';

describe('BSN', () => {
  it('passes the elfproef for valid numbers and fails for others', () => {
    // 111222333: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 66, a multiple of 11.
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1112.22.333')).toBe(true);
  });

  it('parses with a clear message and masks for display', () => {
    expect(parsePersonNumber(' 111 222 333 ', 'bsn')).toEqual({ ok: true, number: { kind: 'bsn', value: '111222333' } });
    expect(parsePersonNumber('123456789', 'bsn')).toMatchObject({ ok: false, message: expect.stringMatching(/elfproef/) });
    expect(parsePersonNumber('12345', 'onderwijsnummer')).toMatchObject({ ok: false, message: 'Een onderwijsnummer heeft 9 cijfers.' });
    expect(maskPersonNumber('111222333')).toBe('******333');
  });

  it('finds a BSN hidden in any field of a form for the samenwerkingsverband', () => {
    expect(findPersonNumbers({ naam: 'Daan', toelichting: 'BSN 111 222 333 staat in het dossier', leerlingnummer: '900101' })).toEqual(['toelichting']);
    expect(findPersonNumbers({ telefoon: '0612345678', nummer: '123456789' })).toEqual([]);
  });
});

describe('the SWV guard finds a BSN or onderwijsnummer in every disguise', () => {
  it.each([
    '111 222 333', '111-222-333', '111.222.333', '111 - 222 - 333', '111/222/333', '111_222_333',
    '111\u200B222\u200C333', '１１１２２２３３３', 'bsn:111\u2060222 333',
  ])('%s', (hidden) => {
    expect(findPersonNumbers({ toelichting: `Zie dossier, nummer ${hidden} graag.` })).toEqual(['toelichting']);
  });

  it('an onderwijsnummer by its 9 digits where the field or the words before it say so', () => {
    expect(findPersonNumbers({ toelichting: 'onderwijsnummer 123 456 789' })).toEqual(['toelichting']);
    expect(findPersonNumbers({ onderwijsnummer: '123456789' })).toEqual(['onderwijsnummer']);
    expect(findPersonNumbers({ toelichting: 'Leerlingnummer 900101, telefoon 06-12345678, postcode 1234 AB' })).toEqual([]);
  });
});
