import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importAbsenceFile } from '../../lib/import/readFile.ts';

/** A zip archive with the given entries, written by hand (local headers, central directory, end record). */
function zip(entries: { name: string; data: Uint8Array; stored?: boolean }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.stored ? Buffer.from(e.data) : deflateRawSync(e.data, { level: 9 });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.stored ? 0 : 8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(e.stored ? 0 : 8, 10);
    dir.writeUInt32LE(body.length, 20);
    // A bomb lies about its size: claim a small one.
    dir.writeUInt32LE(Math.min(e.data.length, 1000), 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, dirBytes, end]));
}

describe('files that try to break the import', () => {
  it('refuses a zip bomb by its real inflated size, quickly, with a message', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const result = await importAbsenceFile(bomb, { sourceName: 'bom.xlsx' });
    expect(result.fatal).toMatch(/kon niet gelezen worden: uitgepakt zou het veel te groot worden \(mogelijk een zip-bom\)/);
    expect(result.records).toEqual([]);
  });

  it('says what to do with a damaged spreadsheet, in Dutch', async () => {
    const broken = zip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('<niet-af'), stored: true }]);
    const result = await importAbsenceFile(broken, { sourceName: 'kapot.xlsx' });
    expect(result.fatal).toBe('Het Excel-bestand kon niet gelezen worden: het is beschadigd of geen gewoon .xlsx-bestand. Sla het opnieuw op als .xlsx of als CSV.');
  });

  it('reads UTF-16 text files, with or without a byte-order mark', async () => {
    const text = 'Leerlingnummer;Datum;Reden\r\n900101;05-10-2026;Spijbelen\r\n900101;06-10-2026;Ziek\r\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const withBom = new Uint8Array([0xff, 0xfe, ...le]);
    for (const bytes of [le, withBom]) {
      const result = await importAbsenceFile(bytes, { sourceName: 'unicode.txt' });
      expect(result.fatal).toBeUndefined();
      expect(result.records.map((r) => r.date)).toEqual(['2026-10-05', '2026-10-06']);
    }
  });
});

describe('progress of a long import', () => {
  it('reports the part of the file read every 20,000 rows, rising to the end', async () => {
    const { importAbsenceFile } = await import('../../lib/import/readFile.ts');
    const lines = ['Leerlingnummer;Datum;Reden;Geoorloofd'];
    for (let i = 0; i < 45_000; i++) lines.push(`${1000 + (i % 50)};${String(1 + (i % 28)).padStart(2, '0')}-10-2026;Ziek;ja`);
    const seen: [number, number][] = [];
    const result = await importAbsenceFile(new TextEncoder().encode(lines.join('\n')), { sourceName: 'groot.csv', onProgress: (f, rows) => seen.push([f, rows]) });
    expect(result.rowsRead).toBeGreaterThan(40_000);
    expect(seen.map(([, rows]) => rows)).toEqual([20_000, 40_000]);
    expect(seen[0]![0]).toBeGreaterThan(0.4);
    expect(seen[0]![0]).toBeLessThan(seen[1]![0]);
    expect(seen[1]![0]).toBeLessThan(1);
  });
});
