import { describe, expect, it } from 'vitest';
import { describeReason, ReasonResolver } from '../../lib/rules/reasons.ts';
import { assessOne, kinds } from '../helpers.ts';

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


describe('failure 5: sick pupils are not sent to leerplicht', () => {
  const plain = new ReasonResolver([]);

  it('reads the remark when the code is unknown, and says so', () => {
    const z = plain.resolve({ geoorloofd: 'onbekend', category: 'absent', reasonCode: 'Z', remark: 'Hele week ziek gemeld door vader' });
    expect(z).toMatchObject({ category: 'ziek', geoorloofd: 'ja', basis: 'opmerking', evidence: 'Hele week ziek gemeld door vader' });
    expect(describeReason(z)).toBe("Z: ziek, geoorloofd — uit de opmerking 'Hele week ziek gemeld door vader'");
    // A remark that says nothing leaves it open.
    expect(plain.resolve({ geoorloofd: 'onbekend', category: 'absent', reasonCode: 'Z', remark: 'Gebeld door moeder' }).geoorloofd).toBe('onbekend');
  });

  it('never reads the remark over the school’s code table', () => {
    const coded = new ReasonResolver([{ code: 'Z', geoorloofd: 'nee' }]);
    expect(coded.resolve({ geoorloofd: 'onbekend', category: 'absent', reasonCode: 'Z', remark: 'ziek' })).toMatchObject({ geoorloofd: 'nee', basis: 'codetabel', category: 'absent' });
  });

  it('a host’s coarse "Absent" never overrides a reason text that says ziek or verlof', () => {
    expect(plain.resolve({ geoorloofd: 'ja', category: 'absent', reasonText: 'Ziek' })).toMatchObject({ category: 'ziek', geoorloofd: 'ja' });
    expect(plain.resolve({ geoorloofd: 'ja', category: 'absent', reasonText: 'Vakantieverlof' })).toMatchObject({ category: 'verlof' });
    expect(plain.resolve({ geoorloofd: 'nee', category: 'absent', reasonText: 'Spijbelen' })).toMatchObject({ category: 'absent', geoorloofd: 'nee' });
  });

  it('the EduArte row of a week of sickness raises no 16-uur and no dreigend signal', async () => {
    const { rowsToRecords } = await import('../../lib/import/rows.ts');
    const { parseCsv } = await import('../../lib/import/readFile.ts');
    const imported = rowsToRecords(parseCsv('4711;20261109;;20261120;;1;8;Z;Hele week ziek gemeld door vader\n'), { sourceName: 'eduarte.csv' });
    const p = assessOne(imported.records, '2026-11-20', { school: { schoolType: 'mbo' } }, { id: '4711' });
    expect(kinds(p)).toEqual(['mazl']);
    expect(p.signals[0]!.reasons).toEqual(["Z: ziek, geoorloofd — uit de opmerking 'Hele week ziek gemeld door vader'"]);
  });

  it('a Somtoday melding "Absent" with reason "Ziek" counts toward MAZL', async () => {
    const { somtodayAbsentieMeldingen } = await import('../../lib/hosts/somtoday/json.ts');
    const melding = (day: string) => ({
      $type: 'participatie.RAbsentieMelding', leerling: { leerlingnummer: 4711, roepnaam: 'Sam', achternaam: 'Test' },
      absentieReden: { absentieSoort: 'Absent', afkorting: 'ZK', omschrijving: 'Ziek', geoorloofd: true },
      beginDatumTijd: `${day}T08:30:00.000+01:00`, eindDatumTijd: `${day}T16:00:00.000+01:00`,
    });
    const converted = somtodayAbsentieMeldingen({ items: ['2026-09-14', '2026-10-05', '2026-11-02', '2026-11-16'].map(melding) }, 'L1', '2026-11-20');
    const p = assessOne(converted.records, '2026-11-20', { school: { schoolType: 'vo' } }, { id: '4711' });
    expect(kinds(p)).toEqual(['mazl']);
  });
});
