/**
 * Whole-school scan: read one or more absence exports, merge them, assess every pupil.
 * Used by `npm run scan` and, later, by the coordinator's overview page.
 */
import { todayIso, type IsoDate } from './calendar/days.ts';
import { importAbsenceFile } from './import/readFile.ts';
import type { ImportResult } from './import/rows.ts';
import type { AbsenceRecord, Pupil } from './model.ts';
import { assess, type Assessment } from './rules/assess.ts';
import type { Settings } from './settings.ts';

export interface ScanFile {
  name: string;
  bytes: Uint8Array;
}

export interface ScanResult {
  imports: ImportResult[];
  assessment: Assessment;
}

/** Pupils from several files: the first file that names a pupil wins, later files fill gaps. */
export function mergePupils(lists: readonly (readonly Pupil[])[]): Pupil[] {
  const merged = new Map<string, Pupil>();
  for (const list of lists) {
    for (const p of list) {
      const known = merged.get(p.id);
      if (!known) merged.set(p.id, { ...p });
      else {
        for (const key of ['name', 'birthDate', 'group', 'schoolType', 'vrijstelling'] as const) {
          if (!known[key] && p[key]) (known as Record<string, unknown>)[key] = p[key];
        }
      }
    }
  }
  return [...merged.values()];
}

export async function scanFiles(files: readonly ScanFile[], settings: Settings, peildatum: IsoDate = todayIso()): Promise<ScanResult> {
  const imports: ImportResult[] = [];
  for (const file of files) {
    imports.push(await importAbsenceFile(file.bytes, { sourceName: file.name, referenceYear: Number(peildatum.slice(0, 4)) }));
  }
  const records: AbsenceRecord[] = [];
  for (const result of imports) {
    for (let i = 0; i < result.records.length; i++) records.push(result.records[i]!);
  }
  const pupils = mergePupils(imports.map((r) => r.pupils)).map((p) => ({ ...p, schoolType: p.schoolType ?? settings.school.schoolType }));
  return { imports, assessment: assess({ pupils, records, settings, peildatum }) };
}
