/**
 * npm run scan -- FILE... [--peildatum JJJJ-MM-DD] [--regio noord|midden|zuid] [--schooltype po|vo|mbo]
 *                 [--preset ID] [--codes CODES.csv] [--gemeld MELDINGEN.csv] [--schooltijden FILE|SPEC] [--lessen N] [--taal nl|en] [--json]
 * Prints the pupils with signals; row problems go to stderr. Exit 0 when the files could be read.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, todayIso } from '../lib/calendar/days.ts';
import { REGIONS } from '../lib/calendar/schoolCalendar.ts';
import { parseCodeTable } from '../lib/import/codeTable.ts';
import { decodeText, parseCsv, type ExportFile } from '../lib/import/readFile.ts';
import { SCHOOL_TYPES } from '../lib/model.ts';
import { flaggedPupilsCsv } from '../lib/export/csv.ts';
import { exportCoverage, scanJson, scanTable } from '../lib/report.ts';
import { scanFiles } from '../lib/scan.ts';
import { parseSchooltijdenFile, parseSchooltijdenSpec, WEEKDAYS } from '../lib/rules/timetable.ts';
import { ALL_REGIONS } from '../lib/regions/index.ts';
import { resolveSettings, type Settings, type SettingsInput } from '../lib/settings.ts';
import { SIGNAL_KINDS } from '../lib/rules/signal.ts';
import { importMadeMeldingen } from '../lib/import/madeMeldingen.ts';
import type { MadeMelding } from '../lib/meldingen/made.ts';

const USAGE = `Gebruik: npm run scan -- BESTAND... [opties]

  --peildatum JJJJ-MM-DD   beoordeel op deze datum (standaard vandaag)
  --regio noord|midden|zuid  vakantieregio (standaard midden, of die van de preset)
  --schooltype po|vo|mbo   telt klokuren (po, mbo) of lesuren (vo); standaard po
  --preset ID              regioprotocol: ${ALL_REGIONS.map((p) => p.id).join(', ')}
  --codes BESTAND          codetabel van de school (CSV: code;omschrijving;geoorloofd;categorie)
  --gemeld BESTAND         meldingen die de school al deed (CSV: leerlingnummer;verzuimsoort;begindatum;einddatum;datum gemeld):
                           zo zegt de scan welke meldmomenten nog open of verlopen zijn
  --schooltijden BESTAND|SPEC  schooltijden per weekdag: een bestand (JSON, of CSV dag;begintijd;eindtijd;lesuren;lesduur)
                           of direct, bijv. "ma-vr=08:30-14:00,wo=08:30-12:15" of "ma-vr=8x50"
                           (standaard afgeleid uit de gegevens van ten minste 5 leerlingen per weekdag; vo/mbo: 8 lesuren van 50 min)
  --lessen N               lesuren per dag, elke weekdag (kort voor --schooltijden ma-vr=Nx50)
  --lesduur MIN            minuten per lesuur (standaard 50)
  --taal nl|en             taal van de uitvoer
  --json                   JSON op stdout
  --csv BESTAND            de leerlingen met een signaal als CSV voor Excel (;, BOM, dd-mm-jjjj)
  --per-bestand            elk bestand (elke school) apart: één regel per bestand, de bestanden na elkaar
                           gelezen zodat het geheugen per bestand blijft (voor een samenwerkingsverband)`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        peildatum: { type: 'string' },
        regio: { type: 'string' },
        schooltype: { type: 'string' },
        preset: { type: 'string' },
        codes: { type: 'string' },
        gemeld: { type: 'string' },
        lessen: { type: 'string' },
        lesduur: { type: 'string' },
        schooltijden: { type: 'string' },
        taal: { type: 'string' },
        json: { type: 'boolean', default: false },
        csv: { type: 'string' },
        'per-bestand': { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) fail(`Geen bestand opgegeven.\n\n${USAGE}`);
  const peildatum = values.peildatum ?? todayIso();
  if (!isIsoDate(peildatum)) fail(`--peildatum "${peildatum}" is geen datum (JJJJ-MM-DD).`);
  if (values.regio && !(REGIONS as readonly string[]).includes(values.regio)) fail(`--regio moet noord, midden of zuid zijn.`);
  if (values.schooltype && !(SCHOOL_TYPES as readonly string[]).includes(values.schooltype)) fail(`--schooltype moet po, vo of mbo zijn.`);
  const lang = values.taal === 'en' ? 'en' : 'nl';

  const input: SettingsInput = { preset: values.preset, school: {}, calendar: {} };
  if (values.regio) input.calendar = { regio: values.regio as (typeof REGIONS)[number] };
  if (values.schooltype) input.school = { schoolType: values.schooltype as (typeof SCHOOL_TYPES)[number] };
  if (values.schooltijden) {
    let parsed;
    if (existsSync(values.schooltijden)) {
      try {
        parsed = parseSchooltijdenFile(decodeText(readFileSync(values.schooltijden)));
      } catch (error) {
        fail(`Schooltijden ${values.schooltijden} konden niet gelezen worden: ${(error as Error).message}`, 1);
      }
    } else {
      parsed = parseSchooltijdenSpec(values.schooltijden);
    }
    if (!parsed.ok) fail(`--schooltijden: ${parsed.message}`);
    input.school = { ...input.school, schooltijden: parsed.value };
  }
  if (values.lessen || values.lesduur) {
    const n = values.lessen ? Number(values.lessen) : undefined;
    const minutes = values.lesduur ? Number(values.lesduur) : undefined;
    if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > 16)) fail('--lessen moet een getal van 1 tot en met 16 zijn.');
    if (minutes !== undefined && (!Number.isInteger(minutes) || minutes < 10 || minutes > 120)) fail('--lesduur moet een aantal minuten van 10 tot en met 120 zijn.');
    const day = { ...(n !== undefined ? { lessons: n } : {}), ...(minutes !== undefined ? { lessonMinutes: minutes } : {}) };
    const current = input.school?.schooltijden ?? { afwijkend: [] };
    const merged = { ...current } as Record<string, unknown>;
    for (const key of WEEKDAYS) merged[key] = { ...(current[key] ?? {}), ...day };
    input.school = { ...input.school, schooltijden: merged as typeof current };
  }
  if (values.codes) {
    const text = readTextOrFail(values.codes, 'Codetabel');
    const { codes, problems } = parseCodeTable(parseCsv(text));
    for (const p of problems) process.stderr.write(`${basename(values.codes)}, rij ${p.row}: ${p.message}\n`);
    input.school = { ...input.school, reasonCodes: codes };
  }
  let settings;
  try {
    settings = resolveSettings(input);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  let made: MadeMelding[] = [];
  if (values.gemeld) {
    const text = readTextOrFail(values.gemeld, 'Meldingenbestand');
    const result = importMadeMeldingen(parseCsv(text), peildatum);
    if (result.fatal) fail(`${basename(values.gemeld)}: ${result.fatal}`, 1);
    for (const p of result.problems) process.stderr.write(`${basename(values.gemeld)}, rij ${p.row}: ${p.message}\n`);
    process.stderr.write(`${basename(values.gemeld)}: ${result.meldingen.length} meldingen die al gedaan zijn\n`);
    made = result.meldingen;
  }

  if (values['per-bestand']) {
    void scanPerFile(positionals, settings, peildatum, made);
    return;
  }

  // A file that cannot be opened is reported; the other files are still scanned (exit code 1).
  let unreadable = false;
  const files = positionals.flatMap((path) => {
    try {
      return [diskFile(path)];
    } catch (error) {
      unreadable = true;
      process.stderr.write(`${path} kon niet gelezen worden: ${fileProblem(error)}\n`);
      return [];
    }
  });
  if (files.length === 0) fail('Geen van de bestanden kon gelezen worden.', 1);

  scanFiles(files, settings, peildatum, { made }).then(({ imports, assessment }) => {
    for (const result of imports) {
      if (result.fatal) {
        unreadable = true;
        process.stderr.write(`${result.sourceName}: ${result.fatal}\n`);
        continue;
      }
      for (const p of result.problems) process.stderr.write(`${result.sourceName}, rij ${p.row}: ${p.message}\n`);
      if (result.moreProblems > 0) process.stderr.write(`${result.sourceName}: en nog ${result.moreProblems} rijen met problemen\n`);
      const used = result.layout === 'eduarte' ? 'EduArte-indeling' : `kolommen: ${Object.entries(result.columns).map(([f, h]) => `${h}→${f}`).join(', ')}`;
      process.stderr.write(`${result.sourceName}: ${result.rowsRead} rijen, ${result.recordCount} registraties, ${result.pupils.length} leerlingen (${used})\n`);
    }
    if (values.csv) {
      try {
        writeFileSync(values.csv, flaggedPupilsCsv(assessment, lang));
        process.stderr.write(`CSV geschreven: ${values.csv}\n`);
      } catch (error) {
        fail(`${values.csv} kon niet geschreven worden: ${fileProblem(error)}`, 1);
      }
    }
    const rowProblems = imports.reduce((n, r) => n + r.problems.length + r.moreProblems, 0);
    const coverage = exportCoverage(assessment, settings, rowProblems);
    if (values.json) process.stdout.write(`${JSON.stringify(scanJson(assessment, lang, coverage))}\n`);
    else process.stdout.write(`${scanTable(assessment, lang, coverage)}\n`);
    process.exitCode = unreadable ? 1 : 0;
  }, (error: unknown) => fail(`Scan mislukt: ${error instanceof Error ? error.message : String(error)}`, 1));
}

/**
 * --per-bestand: each file (each school) read, assessed and summarised on its own, one after another,
 * so memory stays that of one file. One line per file; a file that cannot be read says so.
 */
async function scanPerFile(paths: readonly string[], settings: Settings, peildatum: string, made: readonly MadeMelding[]) {
  let failed = false;
  process.stdout.write(`bestand;leerlingen;registraties;met signaal;${SIGNAL_KINDS.join(';')}\n`);
  for (const path of paths) {
    let file: ExportFile;
    try {
      file = diskFile(path);
    } catch (error) {
      failed = true;
      process.stderr.write(`${path} kon niet gelezen worden: ${fileProblem(error)}\n`);
      continue;
    }
    const { imports, assessment } = await scanFiles([file], settings, peildatum, { made });
    const result = imports[0]!;
    if (result.fatal) {
      failed = true;
      process.stderr.write(`${basename(path)}: ${result.fatal}\n`);
      continue;
    }
    const counts = SIGNAL_KINDS.map((kind) => assessment.pupils.filter((p) => p.signals.some((sig) => sig.kind === kind)).length);
    const flagged = assessment.pupils.filter((p) => p.signals.length > 0).length;
    process.stdout.write(`${basename(path)};${assessment.pupils.length};${result.recordCount};${flagged};${counts.join(';')}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

/** A file on disk, read as a stream when the scan gets to it; a file that cannot be opened fails here, before the scan. */
function diskFile(path: string): ExportFile {
  const stat = statSync(path);
  if (stat.isDirectory()) throw Object.assign(new Error('geen bestand'), { code: 'EISDIR' });
  closeSync(openSync(path, 'r')); // rights are checked now, not halfway through the scan
  const size = stat.size;
  return { name: basename(path), size, chunks: () => createReadStream(path, { highWaterMark: 1024 * 1024 }) };
}

/** A side file (code table, meldingen) as text, or a clear message and exit code 1. */
function readTextOrFail(path: string, what: string): string {
  try {
    return decodeText(readFileSync(path));
  } catch (error) {
    fail(`${what} ${path} kon niet gelezen worden: ${fileProblem(error)}`, 1);
  }
}

/** The operating system's reason, in Dutch. */
function fileProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOENT: 'het bestand of de map bestaat niet', EACCES: 'geen rechten om het te lezen of te schrijven', EPERM: 'geen rechten',
    EISDIR: 'dit is een map, geen bestand', ENOSPC: 'de schijf is vol', EMFILE: 'te veel bestanden tegelijk open',
  };
  return (code && reasons[code]) ?? `fout van het systeem (${code ?? 'onbekend'})`;
}

main();
