/**
 * Whole-school scan: read one or more absence exports, merge them, assess every pupil.
 * Used by `npm run scan`, the demo and the coordinator's overview (its worker).
 */
import { todayIso, type IsoDate } from './calendar/days.ts';
import { importExportFile, type ExportFile } from './import/readFile.ts';
import type { ImportResult } from './import/rows.ts';
import { mergePupils } from './vocabulary.ts';
import { SchoolDays, type Assessment, type PreparedSchool } from './rules/assess.ts';
import type { Settings } from './settings.ts';
import type { MadeMelding } from './meldingen/made.ts';

export interface ScanResult {
  imports: ImportResult[];
  assessment: Assessment;
  /** The pupils' school days, to assess again on other days (the weekly trend) without reading the files again. */
  school: PreparedSchool;
}

export interface ScanOptions {
  /** Meldingen the school already made: which meldmomenten are still open. */
  made?: readonly MadeMelding[];
  /** Progress of reading the files: the part read (0–1) and the rows so far. */
  onProgress?: (fraction: number, rows: number, pupils: number) => void;
}

/**
 * The one path from export files to an assessment: the CLI, the demo and the overview's worker. Files
 * are read one after another, each as a stream; every record goes straight into the school's day
 * tables, so memory grows with pupils and school days, not with the number of registrations.
 */
export async function scanFiles(files: readonly ExportFile[], settings: Settings, peildatum: IsoDate = todayIso(), options: ScanOptions = {}): Promise<ScanResult> {
  const school = new SchoolDays(settings);
  const onRecord = school.add.bind(school);
  const imports: ImportResult[] = [];
  for (const [i, file] of files.entries()) {
    const onProgress = options.onProgress && ((fraction: number, rows: number, pupils: number) => options.onProgress!((i + fraction) / files.length, rows, pupils));
    imports.push(await importExportFile(file, { sourceName: file.name, referenceYear: Number(peildatum.slice(0, 4)), onProgress, onRecord }));
  }
  const pupils = mergePupils(imports.map((r) => r.pupils)).map((p) => ({ ...p, schoolType: p.schoolType ?? settings.school.schoolType }));
  const prepared = school.prepare(pupils);
  return { imports, assessment: prepared.assess({ peildatum, made: options.made ?? [] }), school: prepared };
}
