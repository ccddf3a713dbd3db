import { describe, expect, it } from 'vitest';
import { csvCell, flaggedPupilsCsv, toDutchCsv } from '../../lib/export/csv.ts';
import { assess } from '../../lib/rules/assess.ts';
import { records, testSettings } from '../helpers.ts';

describe('CSV for Dutch Excel', () => {
  it('starts with the BOM, separates with ";" and ends lines with CRLF', () => {
    const csv = toDutchCsv([['Naam', 'Klas'], ['Zoë de Vries', '3B']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Naam;Klas\r\nZoë de Vries;3B\r\n');
  });

  it('quotes separators and quotes, and never lets a cell become a formula', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(35)).toBe('35');
  });

  it('lists each flagged pupil’s signals with dd-mm-jjjj dates and the next term', () => {
    const assessment = assess({
      pupils: [{ id: 'L1', name: 'Daan Voorbeeld', group: '6B', birthDate: '2016-03-12' }],
      records: records('2026-10-05', '2026-11-27', { pupilId: 'L1' }),
      settings: testSettings(),
      peildatum: '2026-11-27',
    });
    const lines = flaggedPupilsCsv(assessment).slice(1).split('\r\n');
    expect(lines[0]).toBe('Naam;Leerlingnummer;Klas/groep;Signaal;Sinds;Schooldagen;Toelichting;Leerplicht;Volgende termijn');
    expect(lines[1]).toBe('Daan Voorbeeld;L1;6B;Mogelijk thuiszitter;05-10-2026;35;Thuiszitter sinds 5 okt — 35 schooldagen;Leerplichtig tot en met 31-7-2032 — 10 jaar;');
    // Nothing recorded as reported: the oldest meldmoment leads, and it is overdue.
    expect(lines[2]).toBe('Daan Voorbeeld;L1;6B;Meldplicht: 16 uur in 4 lesweken;05-10-2026;4;16 uur bereikt op 8 okt — meldtermijn verlopen (15 okt);Leerplichtig tot en met 31-7-2032 — 10 jaar;melden uiterlijk 15-10-2026 (verlopen)');
  });
});
