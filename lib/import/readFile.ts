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

/** An export file read in chunks: from disk (the CLI), from a dropped File's stream (the overview's worker) or from bytes. */
export interface ExportFile {
  name: string;
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

/** How much of a CSV is decoded and split at a time: large enough that the per-piece work is noise. */
const PIECE_BYTES = 1024 * 1024;
/** A CSV is streamed, so its size is bounded by time, not memory; a spreadsheet is read whole. */
export const MAX_CSV_BYTES = 4 * 1024 * 1024 * 1024;

export function bytesFile(name: string, bytes: Uint8Array): ExportFile {
  return {
    name,
    size: bytes.length,
    async *chunks() {
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) yield bytes.subarray(at, at + PIECE_BYTES);
    },
  };
}

/** A web ReadableStream (File.stream()) as chunks; works where streams are not async-iterable yet. */
export async function* readableChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function importAbsenceFile(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  return importExportFile(bytesFile(options.sourceName, bytes), options);
}

/**
 * Reads an export: a CSV as a stream of pieces (the file's text is never held whole; each piece is
 * split into rows and handed to the importer before the next is read), a spreadsheet whole.
 */
export async function importExportFile(file: ExportFile, options: ImportOptions, pieceBytes = PIECE_BYTES): Promise<ImportResult> {
  const empty = (fatal: string): ImportResult => ({
    sourceName: options.sourceName, layout: 'kolomkoppen', pupils: [], records: [], recordCount: 0, problems: [], moreProblems: 0,
    rowsRead: 0, ignoredColumns: [], columns: {}, fatal,
  });
  if (file.size === 0) return empty('Het bestand is leeg.');
  const iterator = file.chunks()[Symbol.asyncIterator]();
  // The first piece decides what the file is: a spreadsheet (zip), binary, UTF-16 or 8-bit text.
  let head: Uint8Array = new Uint8Array(0);
  while (head.length < 4096) {
    const next = await iterator.next();
    if (next.done) break;
    head = concat(head, next.value);
  }
  if (head.length === 0) return empty('Het bestand is leeg.');
  if (isXlsx(head)) {
    if (file.size > MAX_FILE_BYTES) return empty(`Het Excel-bestand is groter dan ${MAX_FILE_BYTES / 1024 / 1024} MB. Sla het op als CSV: die wordt in delen gelezen.`);
    const bytes = new Uint8Array(file.size);
    bytes.set(head.subarray(0, file.size));
    let at = Math.min(head.length, file.size);
    for (let next = await iterator.next(); !next.done && at < file.size; next = await iterator.next()) {
      bytes.set(next.value.subarray(0, file.size - at), at);
      at += next.value.length;
    }
    return importXlsx(bytes.subarray(0, at), options, empty);
  }
  if (file.size > MAX_CSV_BYTES) return empty(`Het bestand is groter dan ${MAX_CSV_BYTES / 1024 / 1024 / 1024} GB.`);
  const utf16 = utf16Encoding(head);
  if (!utf16 && head.includes(0)) {
    return empty('Dit is geen CSV- of XLSX-bestand (het bevat binaire gegevens). Oude .xls-bestanden: sla ze op als .xlsx of CSV.');
  }
  const importer = new RowImporter(options);
  let done = 0;
  const csv = new CsvPieces(utf16, (rows, cursor) => {
    for (let i = 0; i < rows.length; i++) {
      importer.push(rows[i]!);
      // Every PROGRESS_ROWS rows: the part of the file read, counted within the piece by its rows.
      if (options.onProgress && importer.rowsPushed % PROGRESS_ROWS === 0) {
        options.onProgress(Math.min(1, (done + ((cursor - done) * (i + 1)) / rows.length) / file.size), importer.rowsPushed, importer.pupilCount);
      }
    }
    done = cursor;
  });
  // Chunks (a File.stream() hands over ~64 KB at a time) are gathered and joined once per piece.
  let pending: Uint8Array[] = [head];
  let pendingBytes = head.length;
  let read = head.length;
  for (;;) {
    if (pendingBytes >= pieceBytes) {
      csv.add(join(pending, pendingBytes), read, false);
      pending = [];
      pendingBytes = 0;
    }
    const next = await iterator.next();
    if (next.done) break;
    pending.push(next.value);
    pendingBytes += next.value.length;
    read += next.value.length;
  }
  csv.add(join(pending, pendingBytes), read, true);
  return importer.finish();
}

async function importXlsx(bytes: Uint8Array, options: ImportOptions, empty: (fatal: string) => ImportResult): Promise<ImportResult> {
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

function join(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Turns a CSV's bytes, piece by piece, into rows. Bytes are cut after their last line feed (a line
 * feed is never part of a UTF-8 or Windows-1252 character), so every piece decodes on its own; text
 * is cut at its last line end outside quotes (a quoted cell may hold a line break). UTF-8 is tried
 * first; from the first piece that is not UTF-8 on, the file is read as Windows-1252, which is what
 * Dutch Excel writes.
 */
class CsvPieces {
  private byteCarry: Uint8Array = new Uint8Array(0);
  private textCarry = '';
  private delimiter: string | undefined;
  private newline: '\r\n' | '\n' | '\r' = '\n';
  private encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  private readonly decoder: TextDecoder | undefined;
  private first = true;

  constructor(utf16: 'utf-16le' | 'utf-16be' | undefined, private readonly onRows: (rows: string[][], cursor: number) => void) {
    this.encoding = utf16 ?? 'utf-8';
    // UTF-16 has no byte to cut at: its decoder keeps a half character for the next piece.
    this.decoder = utf16 ? new TextDecoder(utf16) : undefined;
  }

  add(bytes: Uint8Array, cursor: number, last: boolean): void {
    let text: string;
    if (this.decoder) {
      text = this.decoder.decode(bytes, { stream: !last });
    } else {
      let piece = concat(this.byteCarry, bytes);
      this.byteCarry = new Uint8Array(0);
      if (!last) {
        const cut = piece.lastIndexOf(0x0a) + 1;
        this.byteCarry = piece.slice(cut);
        piece = piece.subarray(0, cut);
      }
      text = this.decode8bit(piece);
    }
    if (this.first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length === 0 && !last) return;
      this.first = false;
    }
    text = this.textCarry + text;
    this.textCarry = '';
    if (!last) {
      const cut = lastLineEnd(text);
      if (cut < 0) {
        this.textCarry = text;
        return;
      }
      this.textCarry = text.slice(cut + 1);
      text = text.slice(0, cut > 0 && text.charCodeAt(cut - 1) === 13 ? cut - 1 : cut);
    } else if (text === '' || text === '\n' || text === '\r\n') {
      return;
    }
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(text);
      this.newline = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
    }
    const parsed = Papa.parse<string[]>(text, { delimiter: this.delimiter, newline: this.newline, skipEmptyLines: false });
    const rows = parsed.data;
    // The file's own last line end leaves one empty row behind.
    if (last && rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
    this.onRows(rows, cursor);
  }

  private decode8bit(piece: Uint8Array): string {
    if (this.encoding === 'utf-8') {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(piece);
      } catch {
        this.encoding = 'windows-1252';
      }
    }
    return new TextDecoder('windows-1252').decode(piece);
  }
}

/** The index of the last line feed outside quotes, or -1. A piece starts at a row boundary, outside quotes. */
function lastLineEnd(text: string): number {
  if (text.indexOf('"') < 0) return text.lastIndexOf('\n');
  let inQuotes = false;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) cut = i;
  }
  return cut;
}
