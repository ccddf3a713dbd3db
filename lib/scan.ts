/**
 * Whole-school scan: read one or more absence exports, merge them, assess every pupil.
 * Used by `npm run scan` and, later, by the coordinator's overview page.
 */
import { todayIso, type IsoDate } from './calendar/days.ts';
import { importAbsenceFile } from './import/readFile.ts';
import type { ImportResult } from './import/rows.ts';
import type { AbsenceRecord } from './model.ts';
import { mergePupils } from './vocabulary.ts';
import { assess, type Assessment } from './rules/assess.ts';
import type { Settings } from './settings.ts';
import type { MadeMelding } from './meldingen/made.ts';

export interface ScanFile {
  name: string;
  bytes: Uint8Array;
}

export interface ScanResult {
  imports: ImportResult[];
  assessment: Assessment;
}

export interface ScanOptions {
  /** Meldingen the school already made: which meldmomenten are still open. */
  made?: readonly MadeMelding[];
  /** Progress of reading the files: the part read (0–1) and the rows so far. */
  onProgress?: (fraction: number, rows: number) => void;
}

/** The one path from export files to an assessment: the CLI, the demo and the overview's worker. */
export async function scanFiles(files: readonly ScanFile[], settings: Settings, peildatum: IsoDate = todayIso(), options: ScanOptions = {}): Promise<ScanResult> {
  const imports: ImportResult[] = [];
  for (const [i, file] of files.entries()) {
    const onProgress = options.onProgress && ((fraction: number, rows: number) => options.onProgress!((i + fraction) / files.length, rows));
    imports.push(await importAbsenceFile(file.bytes, { sourceName: file.name, referenceYear: Number(peildatum.slice(0, 4)), onProgress }));
  }
  const records: AbsenceRecord[] = [];
  for (const result of imports) {
    for (let i = 0; i < result.records.length; i++) records.push(result.records[i]!);
  }
  const pupils = mergePupils(imports.map((r) => r.pupils)).map((p) => ({ ...p, schoolType: p.schoolType ?? settings.school.schoolType }));
  return { imports, assessment: assess({ pupils, records, settings, peildatum, made: options.made ?? [] }) };
}
