import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAbsenceFile, parseCsv } from '../../lib/import/readFile.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const fromText = (text: string, name = 'test.csv') => importAbsenceFile(new TextEncoder().encode(text), { sourceName: name, referenceYear: 2026 });

describe('CSV import', () => {
  it('reads Dutch headers in any order, with a BOM and ";"', async () => {
    const result = await fromText(
      '\uFEFFReden;Datum;Geoorloofd;Achternaam;Roepnaam;Leerlingnummer;Groep;Geboortedatum\n' +
        'Spijbelen;05-10-2026;nee;Voorbeeld;Daan;900101;6B;12-03-2016\n' +
        'Ziek;6-10-26;ja;Voorbeeld;Daan;900101;6B;12-03-2016\n',
    );
    expect(result.fatal).toBeUndefined();
    expect(result.problems).toEqual([]);
    expect(result.pupils).toEqual([{ id: '900101', name: 'Daan Voorbeeld', birthDate: '2016-03-12', group: '6B' }]);
    expect(result.records.map((r) => [r.date, r.category, r.geoorloofd, r.reasonText, r.source.row])).toEqual([
      ['2026-10-05', 'absent', 'nee', 'Spijbelen', 2],
      ['2026-10-06', 'ziek', 'ja', 'Ziek', 3],
    ]);
  });

  it('reads "," separated files and lesson columns', async () => {
    const result = await fromText('leerlingnummer,naam,klas,datum,beginlesuur,eindlesuur,code,omschrijving\n1001,A. Test,3B,2026-10-05,2,4,SP,Spijbelen\n');
    expect(result.records[0]).toMatchObject({ pupilId: '1001', span: { kind: 'lessons', from: 2, to: 4 }, reasonCode: 'SP', reasonText: 'Spijbelen' });
  });

  it('reads a single "Lesuur" column, also as a range', async () => {
    const result = await fromText('Naam;Datum;Lesuur;Reden\nA;05-10-2026;3;Te laat\nA;05-10-2026;5-7;Spijbelen\n');
    expect(result.records.map((r) => r.span)).toEqual([{ kind: 'lessons', from: 3, to: 3 }, { kind: 'lessons', from: 5, to: 7 }]);
    expect(result.records[0]!.category).toBe('te-laat');
    // No number column: the name identifies the pupil.
    expect(result.records[0]!.pupilId).toBe('A');
  });

  it('reads Windows-1252 text as Dutch Excel writes it', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Naam;Datum\nZo'), 0xeb, ...new TextEncoder().encode(';05-10-2026\n')]);
    const result = await importAbsenceFile(bytes, { sourceName: 'ansi.csv' });
    expect(result.pupils[0]!.name).toBe('Zoë');
  });

  it('gives a bad row a message with its row number and still uses the good rows', async () => {
    const result = await fromText(
      'Leerlingnummer;Datum;Begintijd;Eindtijd;Geoorloofd\n' +
        '1;05-10-2026;08:30;10:00;nee\n' +
        '2;31-02-2026;;;nee\n' +
        '3;05-10-2026;10:00;09:00;nee\n' +
        '4;05-10-2026;;;misschien\n' +
        ';05-10-2026;;;nee\n' +
        '6;06-10-2026;;;\n',
    );
    expect(result.problems).toEqual([
      { row: 3, message: 'datum: "31-02-2026" is geen bestaande datum' },
      { row: 4, message: 'eindtijd 09:00 ligt niet na begintijd 10:00' },
      { row: 5, message: '"misschien" is geen ja/nee voor geoorloofd' },
      { row: 6, message: 'geen leerlingnummer en geen naam' },
    ]);
    expect(result.records.map((r) => r.pupilId)).toEqual(['1', '6']);
    expect(result.records[1]!.geoorloofd).toBe('onbekend');
  });

  it('finds the header below a title line', async () => {
    const result = await fromText('Absentieoverzicht schooljaar 2026-2027\n\nLeerlingnummer;Datum\n1;05-10-2026\n');
    expect(result.records).toHaveLength(1);
    expect(result.records[0]!.source.row).toBe(4);
  });

  it('explains a file it cannot use', async () => {
    expect((await fromText('a;b;c\n1;2;3\n')).fatal).toMatch(/Geen kopregel/);
    expect((await fromText('')).fatal).toMatch(/leeg/);
    expect((await importAbsenceFile(new Uint8Array([0, 1, 2, 3]), { sourceName: 'x.xls' })).fatal).toMatch(/geen CSV/);
    expect((await importAbsenceFile(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), { sourceName: 'kapot.xlsx' })).fatal).toMatch(/Excel-bestand kon niet gelezen/);
  });

  it('keeps hostile strings as plain, clipped text', async () => {
    const evil = '<img src=x onerror=alert(1)>'.repeat(20);
    const result = await fromText(`Naam;Datum;Reden\n"${evil}";05-10-2026;"<script>alert(1)</script>"\n`);
    expect(result.records[0]!.reasonText).toBe('<script>alert(1)</script>');
    expect(result.pupils[0]!.name.length).toBeLessThanOrEqual(201);
    expect(result.records[0]!.pupilId.length).toBeLessThanOrEqual(65);
  });

  it('expands a row over several days and refuses one over more than a year', async () => {
    const result = await fromText('Leerlingnummer;Begindatum;Einddatum;Reden\n1;05-10-2026;07-10-2026;Ziek\n2;01-01-2025;01-01-2027;Ziek\n');
    expect(result.records.map((r) => r.date)).toEqual(['2026-10-05', '2026-10-06', '2026-10-07']);
    expect(result.problems).toEqual([{ row: 3, message: 'periode van 2025-01-01 tot 2027-01-01 is langer dan een jaar; niet ingelezen' }]);
  });

  it('reads a vrijstelling column into the pupil', async () => {
    const result = await fromText('Leerlingnummer;Datum;Vrijstelling\n1;05-10-2026;art. 5 onder a\n');
    expect(result.pupils[0]!.vrijstelling).toEqual({ grond: '5-onder-a' });
  });
});

describe('EduArte absence import layout (HOSTS.md §3)', () => {
  it('reads the sample with its header', async () => {
    const result = await importAbsenceFile(fixture('eduarte-absentiemeldingen.csv'), { sourceName: 'eduarte.csv' });
    expect(result.problems).toEqual([]);
    expect(result.records.map((r) => [r.pupilId, r.date, r.span, r.reasonCode, r.source.row])).toEqual([
      ['100122', '2009-10-12', { kind: 'lessons', from: 2, to: 2 }, 'Z', 2],
      // "1 tot en met 8 over twee dagen": from lesuur 1 the first day is whole, the second runs to lesuur 8.
      ['102447', '2009-10-12', { kind: 'day' }, 'Z', 3],
      ['102447', '2009-10-13', { kind: 'lessons', from: 1, to: 8 }, 'Z', 3],
    ]);
  });

  it('reads the same rows without a header', async () => {
    const text = readFileSync(new URL('../fixtures/eduarte-absentiemeldingen.csv', import.meta.url), 'utf8').split('\n').slice(1).join('\n');
    const result = await fromText(text);
    expect(result.layout).toBe('eduarte');
    expect(result.records).toHaveLength(3);
  });
});

describe('CSV parsing', () => {
  it('keeps quoted separators and newlines inside a cell', () => {
    expect(parseCsv('a;b\n"x;y";"regel 1\nregel 2"\n')).toEqual([['a', 'b'], ['x;y', 'regel 1\nregel 2']]);
  });
});
