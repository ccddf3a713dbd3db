import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { importAbsenceFile, importExportFile } from '../../lib/import/readFile.ts';

async function xlsx(rows: unknown[][]): Promise<Uint8Array> {
  // A real .xlsx, written the way spreadsheet programs store it (dates as date cells).
  return new Uint8Array(await writeExcelFile(rows as never).toBuffer());
}

describe('XLSX import', () => {
  it('reads date cells, text dates, numbers and booleans', async () => {
    const bytes = await xlsx([
      ['Leerlingnummer', 'Naam', 'Klas', 'Datum', 'Lesuur', 'Omschrijving', 'Geoorloofd'],
      [1001, 'Test Een', '3B', { value: new Date(Date.UTC(2026, 9, 5)), type: Date, format: 'dd-mm-yyyy' }, 2, 'Spijbelen', false],
      [1002, 'Test Twee', '3B', '06-10-2026', 3, 'Ziek', true],
      [1003, 'Test Drie', '3B', 'geen datum', 3, 'Ziek', true],
    ]);
    const result = await importAbsenceFile(bytes, { sourceName: 'export.xlsx', referenceYear: 2026 });
    expect(result.fatal).toBeUndefined();
    expect(result.records.map((r) => [r.pupilId, r.date, r.span, r.category, r.geoorloofd])).toEqual([
      ['1001', '2026-10-05', { kind: 'lessons', from: 2, to: 2 }, 'absent', 'nee'],
      ['1002', '2026-10-06', { kind: 'lessons', from: 3, to: 3 }, 'ziek', 'ja'],
    ]);
    expect(result.problems).toEqual([{ row: 4, message: 'datum: "geen datum" is geen datum (verwacht dd-mm-jjjj, d-m-jj, jjjj-mm-dd, jjjjmmdd of 5 okt 2026)' }]);
  });

  it('arrives whole however the stream cuts it (File.stream() hands over 64 KB pieces)', async () => {
    const rows: unknown[][] = [['Leerlingnummer', 'Datum', 'Lesuur', 'Omschrijving']];
    for (let i = 0; i < 300; i++) rows.push([2000 + (i % 30), '05-10-2026', 1 + (i % 8), 'Ziek']);
    const bytes = await xlsx(rows);
    const whole = await importAbsenceFile(bytes, { sourceName: 'export.xlsx', referenceYear: 2026 });
    for (const chunk of [1, 7, 4096, 65_536]) {
      const file = {
        name: 'export.xlsx',
        size: bytes.length,
        async *chunks() {
          for (let at = 0; at < bytes.length; at += chunk) yield bytes.slice(at, at + chunk);
        },
      };
      const streamed = await importExportFile(file, { sourceName: 'export.xlsx', referenceYear: 2026 });
      expect([chunk, streamed.fatal, streamed.recordCount]).toEqual([chunk, undefined, 300]);
      expect(streamed.records).toEqual(whole.records);
    }
  });
});
