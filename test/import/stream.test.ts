import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importExportFile, type ExportFile } from '../../lib/import/readFile.ts';

/** The file handed over in chunks of `chunk` bytes, as a disk or File.stream() would. */
function chunked(bytes: Uint8Array, chunk: number): ExportFile {
  return {
    name: 'export.csv',
    size: bytes.length,
    async *chunks() {
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.slice(at, at + chunk);
    },
  };
}

const options = { sourceName: 'export.csv', referenceYear: 2026 };
const read = (bytes: Uint8Array, chunk: number, piece: number) => importExportFile(chunked(bytes, chunk), options, piece);
const essentials = (r: Awaited<ReturnType<typeof read>>) => ({
  records: r.records.map(({ source, ...rest }) => ({ ...rest, row: source.row })),
  pupils: r.pupils, problems: r.problems, rowsRead: r.rowsRead, fatal: r.fatal,
});

const HEADER = 'Leerlingnummer;Naam;Datum;Lesuur;Reden;Opmerking\r\n';
const lines = Array.from({ length: 60 }, (_, i) => `${100 + (i % 7)};"Leerling ${i % 7}";0${1 + (i % 9)}-10-2026;${1 + (i % 6)};Ziek;${i % 5 === 0 ? '"twee\r\nregels; met ""quote"""' : 'geen'}\r\n`);

describe('a CSV read as a stream of pieces', () => {
  it('reads the same rows whatever the chunk and piece sizes, also with line breaks inside quotes', async () => {
    const bytes = new TextEncoder().encode(HEADER + lines.join(''));
    const whole = essentials(await read(bytes, bytes.length, bytes.length + 1));
    expect(whole.records).toHaveLength(60);
    expect(whole.records[0]!.remark).toBe('twee\r\nregels; met "quote"');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 500 }), async (chunk, piece) => {
        expect(essentials(await read(bytes, chunk, piece))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('switches to Windows-1252 when the first accented name comes after the first piece', async () => {
    const ascii = new TextEncoder().encode(HEADER + lines.slice(0, 40).join(''));
    const late = Uint8Array.from([...'200;Ren'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'e;05-10-2026;1;Ziek;geen\r\n'].map((c) => c.charCodeAt(0))));
    const bytes = new Uint8Array(ascii.length + late.length);
    bytes.set(ascii);
    bytes.set(late, ascii.length);
    const result = await read(bytes, 64, 256);
    expect(result.records).toHaveLength(41);
    expect(result.pupils.find((p) => p.id === '200')!.name).toBe('Renée');
    expect(result.pupils.find((p) => p.id === '100')!.name).toBe('Leerling 0');
  });

  it('reads UTF-16 split in the middle of a character', async () => {
    const text = `${HEADER}300;Zoë;05-10-2026;2;Ziek;geen\r\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const result = await read(bytes, 3, 7);
    expect(result.fatal).toBeUndefined();
    expect(result.pupils[0]!.name).toBe('Zoë');
    expect(result.records).toHaveLength(1);
  });

  it('hands every record to onRecord instead of keeping them, and still counts them', async () => {
    const bytes = new TextEncoder().encode(HEADER + lines.join(''));
    const taken: string[] = [];
    const result = await importExportFile(chunked(bytes, 100), { ...options, onRecord: (r) => taken.push(r.pupilId) }, 200);
    expect(result.records).toHaveLength(0);
    expect(result.recordCount).toBe(60);
    expect(taken).toHaveLength(60);
  });
});
