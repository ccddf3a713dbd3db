/** A school's reason-code table from a CSV (code;omschrijving;geoorloofd;categorie), for the scan and Options. */
import { reasonCodeSchema, type ReasonCode } from '../settings.ts';
import { cellText, parseCategory, parseGeoorloofd } from './cells.ts';
import { normaliseHeader } from './columns.ts';
import type { RowProblem } from './rows.ts';

export function parseCodeTable(rows: readonly (readonly string[])[]): { codes: ReasonCode[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const codes: ReasonCode[] = [];
  const header = (rows[0] ?? []).map((h) => normaliseHeader(h));
  const find = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const codeCol = find('code', 'afkorting', 'redencode');
  if (codeCol < 0) {
    return { codes, problems: [{ row: 1, message: 'geen kolom "code" in de codetabel' }] };
  }
  const descriptionCol = find('omschrijving', 'reden', 'naam');
  const geoorloofdCol = find('geoorloofd', 'verantwoord');
  const categoryCol = find('categorie', 'soort', 'type');
  rows.slice(1).forEach((row, i) => {
    const rowNumber = i + 2;
    if (row.every((c) => cellText(c) === '')) return;
    const g = geoorloofdCol >= 0 ? parseGeoorloofd(row[geoorloofdCol]) : undefined;
    if (g && !g.ok) {
      problems.push({ row: rowNumber, message: g.message });
      return;
    }
    const parsed = reasonCodeSchema.safeParse({
      code: row[codeCol],
      description: descriptionCol >= 0 ? row[descriptionCol] || undefined : undefined,
      geoorloofd: g?.ok ? g.value : undefined,
      category: categoryCol >= 0 ? parseCategory(row[categoryCol]) : undefined,
    });
    if (parsed.success) codes.push(parsed.data);
    else problems.push({ row: rowNumber, message: parsed.error.issues[0]?.message ?? 'ongeldige regel' });
  });
  return { codes, problems };
}
