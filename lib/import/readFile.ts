/**
 * Reads an absence export from its bytes: CSV (`;`, `,` or tab; UTF-8 with or without BOM, or the
 * Windows-1252 that Dutch Excel writes) or XLSX. Environment-free: the CLI passes file bytes, the
 * extension passes a dropped File's ArrayBuffer.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import type { Cell } from './cells.ts';
import { checkZipSizes } from './zipCheck.ts';
import { PROGRESS_ROWS, RowImporter, rowsToRecords, type ImportOptions, type ImportResult } from './rows.ts';

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** UTF-16 as Windows tools save "Unicode text": a byte-order mark, or every other byte zero. */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = Math.min(bytes.length, 2048) & ~1;
  if (sample < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter that splits the header line into the most columns. */
export function detectDelimiter(text: string): string {
  const firstLines = text.slice(0, 4096).split(/\r?\n/).slice(0, 5);
  let best = ';';
  let bestCount = 0;
  for (const candidate of [';', ',', '\t', '|']) {
    const count = Math.min(...firstLines.filter((l) => l.trim() !== '').map((l) => l.split(candidate).length - 1));
    if (Number.isFinite(count) && count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  // Papa reports quote problems per row but still splits the rest; the row checks catch bad cells.
  const rows = parsed.data;
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  return rows;
}

export function isXlsx(bytes: Uint8Array): boolean {
  // XLSX is a zip archive: "PK\x03\x04".
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readXlsxRows(bytes: Uint8Array): Promise<Cell[][]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return (await readSheet(buffer)) as Cell[][];
}

export async function importAbsenceFile(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const empty = (fatal: string): ImportResult => ({
    sourceName: options.sourceName, layout: 'kolomkoppen', pupils: [], records: [], problems: [], moreProblems: 0,
    rowsRead: 0, ignoredColumns: [], columns: {}, fatal,
  });
  if (bytes.length === 0) return empty('Het bestand is leeg.');
  if (bytes.length > MAX_FILE_BYTES) return empty(`Het bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  if (isXlsx(bytes)) {
    // Checked by the real size of every entry once inflated, before the spreadsheet reader sees it.
    const sizes = await checkZipSizes(bytes);
    if (!sizes.ok) return empty(sizes.message);
    let rows: Cell[][];
    try {
      rows = await readXlsxRows(bytes);
    } catch (error) {
      // The reader's own message ("Couldn't unzip", "missing start tag") says nothing to a school: say what to do.
      void error;
      return empty('Het Excel-bestand kon niet gelezen worden: het is beschadigd of geen gewoon .xlsx-bestand. Sla het opnieuw op als .xlsx of als CSV.');
    }
    return rowsToRecords(rows, options);
  }
  if (bytes.includes(0) && !utf16Encoding(bytes)) {
    return empty('Dit is geen CSV- of XLSX-bestand (het bevat binaire gegevens). Oude .xls-bestanden: sla ze op als .xlsx of CSV.');
  }
  // Rows are handed over as they are parsed, so a large export is never held as rows in memory.
  const text = decodeText(bytes);
  const importer = new RowImporter(options);
  let rows = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    step: (row) => {
      importer.push(row.data);
      if (options.onProgress && ++rows % PROGRESS_ROWS === 0) options.onProgress(row.meta.cursor / text.length, rows);
    },
  });
  return importer.finish();
}
