/**
 * Meldingen the school already made, for a school that starts mid-year: a CSV or spreadsheet with
 * leerlingnummer, verzuimsoort, begindatum, einddatum and datum gemeld (headers in any order; dates as
 * the absence import reads them). Every row becomes a fact (lib/meldingen/made.ts) or a row problem.
 */
import { madeMeldingSchema, parseVerzuimsoort, type MadeMelding } from '../meldingen/made.ts';
import type { IsoDate } from '../model.ts';
import { cellText, parseDate, type Cell } from './cells.ts';
import { normaliseHeader } from './columns.ts';
import { decodeText, isXlsx, parseCsv, readXlsxRows } from './readFile.ts';
import type { RowProblem } from './rows.ts';

const HEADERS = {
  pupilId: ['leerlingnummer', 'leerling nummer', 'leerlingnr', 'llnr', 'studentnummer', 'deelnemernummer'],
  verzuimsoort: ['verzuimsoort', 'soort verzuim', 'soort'],
  begindatum: ['begindatum', 'begindatum verzuim', 'begin'],
  einddatum: ['einddatum', 'einddatum verzuim', 'eind'],
  gemeldOp: ['datum gemeld', 'gemeld op', 'meldingsdatum', 'datum melding', 'gemeld'],
  meldingsnummer: ['meldingsnummer', 'meldingnummer', 'kenmerk'],
  naam: ['naam', 'leerling', 'volledige naam'],
} as const;

export interface MadeImport {
  meldingen: MadeMelding[];
  problems: RowProblem[];
  fatal?: string;
}

export function importMadeMeldingen(rows: readonly (readonly Cell[])[], today: IsoDate): MadeImport {
  const header = (rows[0] ?? []).map((h) => normaliseHeader(cellText(h)));
  const column = (names: readonly string[]) => header.findIndex((h) => names.map(normaliseHeader).includes(h));
  const cols = Object.fromEntries(Object.entries(HEADERS).map(([k, names]) => [k, column(names)])) as Record<keyof typeof HEADERS, number>;
  const missing = (['pupilId', 'begindatum', 'gemeldOp'] as const).filter((k) => cols[k] < 0);
  if (missing.length > 0) {
    const names = { pupilId: 'leerlingnummer', begindatum: 'begindatum', gemeldOp: 'datum gemeld' } as const;
    return { meldingen: [], problems: [], fatal: `Kolom ontbreekt: ${missing.map((k) => `"${names[k]}"`).join(', ')}. Verwacht: leerlingnummer; verzuimsoort; begindatum; einddatum; datum gemeld.` };
  }
  const year = Number(today.slice(0, 4));
  const meldingen: MadeMelding[] = [];
  const problems: RowProblem[] = [];
  rows.slice(1).forEach((row, i) => {
    const rowNumber = i + 2;
    if (row.every((c) => cellText(c) === '')) return;
    const date = (col: number, name: string): IsoDate | undefined | null => {
      if (col < 0 || cellText(row[col]) === '') return undefined;
      const parsed = parseDate(row[col], year, today);
      if (parsed.ok) return parsed.value;
      problems.push({ row: rowNumber, message: `${name}: ${parsed.message}` });
      return null;
    };
    const begindatum = date(cols.begindatum, 'begindatum');
    const einddatum = date(cols.einddatum, 'einddatum');
    const gemeldOp = date(cols.gemeldOp, 'datum gemeld');
    if (begindatum === null || einddatum === null || gemeldOp === null) return;
    const soortText = cols.verzuimsoort >= 0 ? cellText(row[cols.verzuimsoort]) : '';
    const verzuimsoort = parseVerzuimsoort(soortText);
    if (soortText && !verzuimsoort) {
      problems.push({ row: rowNumber, message: `verzuimsoort "${soortText.slice(0, 40)}" onbekend (16 uur, lrv, luxe, overig of rmc)` });
      return;
    }
    const pupilId = cellText(row[cols.pupilId]);
    const parsed = madeMeldingSchema.safeParse({
      id: `import-${pupilId}-${begindatum ?? ''}-${gemeldOp ?? ''}`,
      pupilId,
      pupilName: cols.naam >= 0 ? cellText(row[cols.naam]) || undefined : undefined,
      kind: 'leerplicht',
      verzuimsoort,
      begindatum,
      einddatum,
      gemeldOp,
      meldingsnummer: cols.meldingsnummer >= 0 ? cellText(row[cols.meldingsnummer]) || undefined : undefined,
      status: 'geregistreerd',
      source: 'import',
    });
    if (parsed.success) meldingen.push(parsed.data);
    else problems.push({ row: rowNumber, message: `${parsed.error.issues[0]?.path.join('.') || 'rij'}: ${parsed.error.issues[0]?.message ?? 'ongeldig'}` });
  });
  return { meldingen, problems };
}

/** A file of meldingen already made (CSV, text or XLSX) read into facts. */
export async function importMadeMeldingenFile(bytes: Uint8Array, today: IsoDate): Promise<MadeImport> {
  try {
    const rows = isXlsx(bytes) ? await readXlsxRows(bytes) : parseCsv(decodeText(bytes));
    return importMadeMeldingen(rows, today);
  } catch (error) {
    // The file readers say what is wrong in Dutch (lib/import/readFile.ts).
    return { meldingen: [], problems: [], fatal: `Dit bestand kon niet gelezen worden: ${error instanceof Error ? error.message : 'onbekende fout'}` };
  }
}
