import { describe, expect, it } from 'vitest';
import { ReasonResolver } from '../../lib/rules/reasons.ts';

const resolver = new ReasonResolver([
  { code: 'SP', description: 'Spijbelen', geoorloofd: 'nee' },
  { code: 'zb', description: 'Ziek achteraf bevestigd', category: 'ziek', geoorloofd: 'ja' },
]);
const r = (geoorloofd: 'ja' | 'nee' | 'onbekend', reasonCode?: string, reasonText?: string, category = 'absent' as const) =>
  resolver.resolve({ geoorloofd, reasonCode, reasonText, category });

describe('geoorloofd and category', () => {
  it('takes the record’s own flag first', () => {
    expect(r('ja', 'SP')).toMatchObject({ geoorloofd: 'ja', basis: 'bron' });
  });

  it('then the school’s code table (case-insensitive), which may also set the category', () => {
    expect(r('onbekend', 'sp')).toMatchObject({ geoorloofd: 'nee', basis: 'codetabel' });
    expect(r('onbekend', 'ZB')).toMatchObject({ geoorloofd: 'ja', category: 'ziek' });
  });

  it('then the reason text', () => {
    expect(r('onbekend', undefined, 'Afwezig zonder bericht')).toMatchObject({ geoorloofd: 'nee', basis: 'omschrijving' });
    expect(r('onbekend', undefined, 'Afwezig geoorl. bekende reden').geoorloofd).toBe('onbekend');
    expect(r('onbekend', undefined, 'Tandarts')).toMatchObject({ geoorloofd: 'ja' });
  });

  it('never from a letter alone', () => {
    expect(r('onbekend', 'Z')).toMatchObject({ geoorloofd: 'onbekend', basis: 'onbekend' });
    expect(r('onbekend', 'O')).toMatchObject({ geoorloofd: 'onbekend' });
  });
});

describe('unresolved reasons', () => {
  it('lists the absence codes that have no status, most used first', () => {
    const own = new ReasonResolver([]);
    for (let i = 0; i < 3; i++) own.resolve({ geoorloofd: 'onbekend', reasonCode: 'Z', category: 'absent' });
    own.resolve({ geoorloofd: 'onbekend', reasonCode: 'Q', category: 'absent' });
    own.resolve({ geoorloofd: 'onbekend', reasonCode: 'TL', category: 'te-laat' });
    own.resolve({ geoorloofd: 'nee', reasonCode: 'SP', category: 'absent' });
    expect(own.unresolved()).toEqual([
      { code: 'Z', text: undefined, count: 3 },
      { code: 'Q', text: undefined, count: 1 },
    ]);
  });
});

