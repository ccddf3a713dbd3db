/** Input a page or a file could craft: one bad item never sinks the rest, and no word is special. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/import/readFile.ts';
import { rowsToRecords } from '../lib/import/rows.ts';
import { parseDate } from '../lib/import/cells.ts';
import { readItems } from '../lib/messages.ts';
import { somtodayAbsentieMeldingen } from '../lib/hosts/somtoday/json.ts';
import { parseSchooltijdenSpec } from '../lib/rules/timetable.ts';
import { assessOne, kinds, records } from './helpers.ts';

const good = (date: string) => ({ pupilId: 'L1', date, span: { kind: 'day' }, category: 'absent', geoorloofd: 'nee', source: { kind: 'page' } });

describe('per-item validation of a page reading', () => {
  it('skips and counts bad items, keeps the good ones', () => {
    const raw = [
      good('2026-11-02'),
      { ...good('9999-99-99') },
      { ...good('0000-00-00') },
      { ...good('+275760-09-13') },
      { ...good('2026-11-03'), span: { kind: 'lessons', from: 5, to: 2 } },
      { ...good('2026-11-04'), span: { kind: 'time', start: '14:00', end: '09:00' } },
      { ...good('2026-11-05'), category: 'constructor' },
      { ...good('2026-11-06'), category: '__proto__' },
      good('2026-11-09'),
    ];
    const result = readItems({ pupils: [{ id: 'L1', name: 'Test' }, { id: '', name: 'x' }, 'rommel'], records: raw });
    expect(result.records.map((r) => r.date)).toEqual(['2026-11-02', '2026-11-09']);
    expect(result.pupils).toEqual([{ id: 'L1', name: 'Test' }]);
    expect(result.invalid).toBe(9);
  });
});

describe('"__proto__", "constructor" and friends are ordinary unknown words', () => {
  it('in an import cell they neither crash nor change a signal', () => {
    const lines = ['Leerlingnummer;Datum;Soort;Reden'];
    for (const r of records('2026-10-05', '2026-11-27')) lines.push(`L1;${r.date};__proto__;Spijbelen`);
    const imported = rowsToRecords(parseCsv(lines.join('\n')), { sourceName: 'x.csv' });
    expect(imported.problems).toEqual([]);
    expect(imported.records.every((r) => r.category === 'absent')).toBe(true);
    expect(kinds(assessOne(imported.records, '2026-11-27'))).toContain('thuiszitter');
  });

  it('in dates, page JSON and settings text', () => {
    expect(parseDate('5 __proto__ 2026', 2026).ok).toBe(false);
    expect(parseDate('5 constructor 2026', 2026).ok).toBe(false);
    const json = somtodayAbsentieMeldingen({ items: [{ beginDatumTijd: '2026-11-02T08:00:00+01:00', absentieReden: { absentieSoort: 'constructor', omschrijving: 'x' } }] }, 'L1', '2026-11-02');
    expect(json.records[0]!.category).toBe('absent');
    expect(parseSchooltijdenSpec('__proto__=08:30-14:00')).toMatchObject({ ok: false });
  });
});
