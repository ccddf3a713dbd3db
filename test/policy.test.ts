import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_KEY_NAMES, readPolicy, withPolicy } from '../lib/policy.ts';
import { resolveSettings } from '../lib/settings.ts';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../public/managed_schema.json'), 'utf8'));

describe('settings by policy', () => {
  it('the managed schema Chrome validates against and the keys the extension reads are the same', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEY_NAMES].sort());
  });

  it('reads a school’s policy into its settings; policy wins over what Options stored, field by field', () => {
    const managed = readPolicy({
      regioProtocol: 'bepo', schooltype: 'vo', vakantieregio: 'zuid', brin: '12AB', schoolnaam: 'Het Lyceum',
      melder: { naam: 'J. de Vries' }, bewaartermijnMaanden: 24,
      schooltijden: { ma: { lessons: 9, lessonMinutes: 45 } },
      codetabel: [{ code: 'SP', description: 'Spijbelen', geoorloofd: 'nee', category: 'absent' }],
      eigenSites: ['portaal.swv-voorbeeld.nl'],
    });
    expect(managed.problems).toEqual([]);
    expect([...managed.keys].sort()).toEqual(['bewaartermijnMaanden', 'brin', 'codetabel', 'eigenSites', 'melder', 'regioProtocol', 'schoolnaam', 'schooltijden', 'schooltype', 'vakantieregio']);
    expect(managed.ownHosts).toEqual([{ host: 'portaal.swv-voorbeeld.nl', pattern: 'https://portaal.swv-voorbeeld.nl/*' }]);
    const stored = { preset: 'utrecht', school: { name: 'Oude naam', leslocatie: 'Hoofdgebouw', schoolType: 'po' as const }, melder: { functie: 'IB-er', naam: 'X' } };
    const settings = resolveSettings(withPolicy(stored, managed));
    expect(settings.preset).toBe('bepo');
    expect(settings.school).toMatchObject({ schoolType: 'vo', brin: '12AB', name: 'Het Lyceum', leslocatie: 'Hoofdgebouw' });
    expect(settings.calendar.regio).toBe('zuid');
    // Only the melder fields the policy names: the rest stays the school's own.
    expect(settings.melder).toMatchObject({ naam: 'J. de Vries', functie: 'IB-er' });
    expect(settings.privacy.retentionMonths).toBe(24);
    expect(settings.school.reasonCodes).toHaveLength(1);
    expect(settings.school.schooltijden?.ma).toEqual({ lessons: 9, lessonMinutes: 45 });
  });

  it('a wrong value is reported and ignored; the other keys still apply', () => {
    const managed = readPolicy({ regioProtocol: 'atlantis', brin: '1234', schooltype: 'vo', onbekend: 1, melder: { naam: 'A', bsn: '1' }, eigenSites: ['*.nl'] });
    expect([...managed.keys]).toEqual(['schooltype', 'eigenSites']);
    expect(managed.problems).toHaveLength(5);
    expect(managed.problems.join('\n')).toMatch(/Regioprotocol \(regioProtocol\)/);
    expect(managed.problems.join('\n')).toMatch(/BRIN-nummer \(brin\): .*2 cijfers en 2 letters/);
    expect(managed.problems.join('\n')).toMatch(/"onbekend" is geen instelling/);
    expect(managed.problems.join('\n')).toMatch(/Zo breed kan niet/);
    expect(resolveSettings(withPolicy({}, managed)).school.schoolType).toBe('vo');
  });

  it('no policy (Chrome returns nothing, Firefox throws) changes nothing', () => {
    for (const raw of [{}, null, undefined, 'tekst', []]) {
      const managed = readPolicy(raw);
      expect(managed.keys.size).toBe(0);
      expect(resolveSettings(withPolicy({ preset: 'lekstroom' }, managed)).preset).toBe('lekstroom');
    }
  });
});
