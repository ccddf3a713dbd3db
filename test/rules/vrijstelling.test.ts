import { describe, expect, it } from 'vitest';
import { parseVrijstellingText, VRIJSTELLINGEN } from '../../lib/rules/vrijstelling.ts';
import { assessOne, kinds, record, records } from '../helpers.ts';

describe('failure 4: vrijstellingen in any wording', () => {
  it.each([
    ['vrijstelling art. 5 onder a', '5-onder-a'],
    ['Vrijstelling 5 onder a', '5-onder-a'],
    ['art. 5, onder a', '5-onder-a'],
    ['artikel 5 sub b', '5-onder-b'],
    ['5-onder-c', '5-onder-c'],
    ['Lpw art 5 lid 1 onder a', '5-onder-a'],
    ['5b', '5-onder-b'],
    ['vrijstelling art. 5a', '5a'],
    ['Art. 5a Leerplichtwet', '5a'],
    ['vrijstelling art. 15', '15'],
    ['artikel 15', '15'],
    ['vervangende leerplicht art. 3a', '3a'],
    ['ja', 'overig'],
    ['psychisch niet in staat', 'overig'],
    ['5 a', 'overig'],
  ])('%s → %s', (text, grond) => {
    expect(parseVrijstellingText(text)).toBe(grond);
  });

  it('reads nothing from an empty or "nee" cell', () => {
    for (const text of ['', 'nee', 'geen', '-']) expect(parseVrijstellingText(text)).toBeUndefined();
  });
});

describe('what a vrijstelling removes', () => {
  const absent = records('2026-10-05', '2026-11-27');
  const sick = ['2026-09-14', '2026-10-05', '2026-11-02', '2026-11-16'].map((d) => record(d, { category: 'ziek', geoorloofd: 'ja' }));

  it.each(['5-onder-a', '5-onder-b', '5-onder-c', '5a', '15'] as const)('%s removes thuiszitter, dreigend and 16-uur, and says so; MAZL stays', (grond) => {
    const p = assessOne(absent, '2026-11-27', {}, { vrijstelling: { grond } });
    expect(kinds(p)).toEqual([]);
    expect(p.excluded.map((e) => e.kind)).toEqual(['thuiszitter', 'meldplicht-16-uur']);
    expect(p.excluded[0]!.reason).toContain(VRIJSTELLINGEN[grond].label);
    // Sickness care is separate.
    const withSick = assessOne([...records('2026-11-23', '2026-11-27'), ...sick], '2026-11-27', {}, { vrijstelling: { grond } });
    expect(kinds(withSick)).toEqual(['mazl']);
  });

  it('an unrecognised vrijstelling removes nothing and asks to check it', () => {
    const p = assessOne(absent, '2026-11-27', {}, { vrijstelling: { grond: 'overig' } });
    expect(kinds(p)).toEqual(['thuiszitter', 'meldplicht-16-uur']);
    expect(p.notes).toContainEqual({ kind: 'vrijstelling-onbekend', text: 'vrijstelling (soort onbekend): controleer.' });
  });

  it('only 5 onder a goes into the Inspectie registration', () => {
    expect(Object.entries(VRIJSTELLINGEN).filter(([, v]) => v.inspectie).map(([k]) => k)).toEqual(['5-onder-a']);
  });
});
