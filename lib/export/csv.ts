/**
 * CSV that opens correctly in Dutch Excel: UTF-8 with BOM, ";" between fields, CRLF, dd-mm-jjjj dates.
 * Cells come from school data: a cell that Excel would read as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe, so an export can never run anything.
 */
import { explainLeerplicht, explainSignal, signalTitle, type Lang } from '../explain.ts';
import type { Assessment } from '../rules/assess.ts';
import { isMeldplicht } from '../rules/signal.ts';
import { formDate } from '../format.ts';

/** dd-mm-jjjj, as Dutch Excel reads a date. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toDutchCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export const FLAGGED_COLUMNS = ['Naam', 'Leerlingnummer', 'Klas/groep', 'Signaal', 'Sinds', 'Schooldagen', 'Toelichting', 'Leerplicht', 'Volgende termijn'];

/** One row per signal of each flagged pupil, most serious first (the coordinator's list). */
export function flaggedPupilsCsv(assessment: Assessment, lang: Lang = 'nl'): string {
  const rows: (string | number | undefined)[][] = [FLAGGED_COLUMNS];
  for (const p of assessment.pupils) {
    for (const s of p.signals) {
      const schoolDays = 'schoolDays' in s ? s.schoolDays : s.countedDays.length;
      const deadline = isMeldplicht(s) ? `melden uiterlijk ${formDate(s.deadline)}${s.overdue ? ' (verlopen)' : ''}` : undefined;
      rows.push([
        p.pupil.name, p.pupil.id, p.pupil.group, signalTitle(s.kind, lang), formDate(s.since), schoolDays,
        explainSignal(s, lang).short, explainLeerplicht(p.leerplicht, lang), deadline,
      ]);
    }
  }
  return toDutchCsv(rows);
}
