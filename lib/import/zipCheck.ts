/**
 * An XLSX file is a zip archive, and a zip archive can hold a "bomb": a few kilobytes that inflate to
 * gigabytes and take the reader down with them. Before the spreadsheet reader sees a file, every
 * entry is inflated here as a stream and counted, and the file is refused as soon as an entry or the
 * whole grows past its bound — by the real inflated size, not the sizes the archive claims.
 * Works the same in Node (the scan) and in the browser (the overview): DecompressionStream.
 */

/** A real spreadsheet of a whole school year stays well below these. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Spreadsheet XML packs 5–20 times; past this ratio (on more than a few MB) it is no spreadsheet. */
const MAX_RATIO = 250;
const RATIO_FROM = 16 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

type Check = { ok: true } | { ok: false; message: string };

const refused = (why: string): Check => ({ ok: false, message: `Het Excel-bestand kon niet gelezen worden: ${why}. Sla het opnieuw op als .xlsx of als CSV.` });

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Inflates one entry as a stream, counting; false as soon as it grows past `limit` or its ratio gives it away. */
async function inflatedWithin(data: Uint8Array, limit: number): Promise<number | false> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit || (total > RATIO_FROM && total / Math.max(1, data.byteLength) > MAX_RATIO)) {
        await reader.cancel().catch(() => undefined);
        return false;
      }
    }
  } catch {
    return false;
  }
}

export async function checkZipSizes(bytes: Uint8Array): Promise<Check> {
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refused('het is geen geldig zip-archief');
  const entries = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (entries > MAX_ENTRIES || at >= bytes.length) return refused('het archief is beschadigd');
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return refused('het archief is beschadigd');
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    // Zip64 sizes are for archives far beyond any spreadsheet of one school.
    if (compressed === 0xffffffff || local === 0xffffffff) return refused('het archief is te groot');
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return refused('het archief is beschadigd');
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length) return refused('het archief is beschadigd');
    const data = bytes.subarray(start, start + compressed);
    let size: number | false;
    if (method === 0) size = compressed;
    else if (method === 8) size = await inflatedWithin(data, Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
    else return refused('het archief gebruikt een onbekende compressie');
    if (size === false) return refused('uitgepakt zou het veel te groot worden (mogelijk een zip-bom)');
    total += size;
    if (total > MAX_TOTAL_BYTES) return refused('uitgepakt zou het veel te groot worden (mogelijk een zip-bom)');
  }
  return { ok: true };
}
