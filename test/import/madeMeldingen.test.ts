import { describe, expect, it } from 'vitest';
import { importMadeMeldingen } from '../../lib/import/madeMeldingen.ts';
import { parseCsv } from '../../lib/import/readFile.ts';

describe('meldingen already made, imported', () => {
  it('reads the columns in any order and the dates as the absence import does', () => {
    const csv = 'Datum gemeld;Leerlingnummer;Begindatum;Verzuimsoort;Einddatum\n12-10-2026;900101;5-10-2026;Langdurig relatief verzuim;\nma 9-11-2026;900104;2026-11-02;16 uur;06-11-2026\n';
    const result = importMadeMeldingen(parseCsv(csv), '2026-11-27');
    expect(result.problems).toEqual([]);
    expect(result.meldingen).toMatchObject([
      { pupilId: '900101', verzuimsoort: 'lrv', begindatum: '2026-10-05', gemeldOp: '2026-10-12', kind: 'leerplicht', source: 'import' },
      { pupilId: '900104', verzuimsoort: '16-uur', begindatum: '2026-11-02', einddatum: '2026-11-06', gemeldOp: '2026-11-09' },
    ]);
    expect(result.meldingen[0]!.einddatum).toBeUndefined();
  });

  it('skips and names a bad row, keeps the others; a file without the needed columns is refused', () => {
    const csv = 'leerlingnummer;begindatum;datum gemeld;verzuimsoort\n1;99-99-2026;10-11-2026;16 uur\n2;02-11-2026;10-11-2026;spijbelen\n3;02-11-2026;10-11-2026;\n4;10-11-2026;12-11-2026;lrv\n';
    const result = importMadeMeldingen(parseCsv(csv), '2026-11-27');
    expect(result.meldingen.map((m) => m.pupilId)).toEqual(['3', '4']);
    expect(result.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(result.problems[1]!.message).toContain('spijbelen');
    expect(importMadeMeldingen(parseCsv('naam;datum\nA;1-1-2026\n'), '2026-11-27').fatal).toMatch(/leerlingnummer.*begindatum.*datum gemeld/);
  });

  it('an einddatum before the begindatum is a row problem, and __proto__ is an ordinary value', () => {
    const csv = 'leerlingnummer;begindatum;einddatum;datum gemeld\n__proto__;10-11-2026;02-11-2026;12-11-2026\n__proto__;02-11-2026;;12-11-2026\n';
    const result = importMadeMeldingen(parseCsv(csv), '2026-11-27');
    expect(result.problems).toHaveLength(1);
    expect(result.meldingen[0]!.pupilId).toBe('__proto__');
  });
});
