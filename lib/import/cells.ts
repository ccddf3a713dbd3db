/**
 * Cell parsers for absence exports: each returns a typed value or a Dutch message saying what was
 * expected. These are the import's validation; records are only built from their results.
 */
import { civilToDay, dayToCivil, dayToIso, isoToDay, isValidCivil, weekdayOf, type IsoDate } from '../calendar/days.ts';
import type { Category, Geoorloofd, VrijstellingGrond } from '../model.ts';
import { own } from '../lookup.ts';
import { parseVrijstellingText } from '../rules/vrijstelling.ts';

export type Cell = string | number | boolean | Date | null | undefined;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}

const DATE_FORMATS = 'dd-mm-jjjj, d-m-jj, jjjj-mm-dd, jjjjmmdd of 5 okt 2026';

/** Dutch month names and abbreviations as pupil administrations show them ("5 okt 2026", "maandag 5 oktober 2026"). */
export const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mrt: 3, maa: 3, apr: 4, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12,
};
/** ma … zo, and the full names ("maandag"). */
export const WEEKDAY_PREFIXES = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
const WEEKDAY_WORD = /^(ma|di|wo|do|vr|za|zo)(?:andag|nsdag|ensdag|nderdag|ijdag|terdag|ndag)?\.?,?\s+/i;
const NAMED_DATE = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?(?:,?\s+(\d{4}))?$/i;
const RELATIVE: Record<string, number> = { vandaag: 0, gisteren: -1, eergisteren: -2, morgen: 1 };
// Excel counts days from 1899-12-30 (with its 1900 leap-year bug already folded into that epoch).
const EXCEL_EPOCH = civilToDay(1899, 12, 30);

/**
 * Two-digit years: up to `pivot` years ahead of the current century's reference year are 20xx,
 * the rest 19xx (birth dates of pupils lie in the past, absence dates near the present).
 */
function expandYear(yy: number, referenceYear: number): number {
  const century = Math.floor(referenceYear / 100) * 100;
  const candidate = century + yy;
  return candidate > referenceYear + 1 ? candidate - 100 : candidate;
}

/**
 * The date a day and month without a year mean on a page shown `today`: the latest such date not
 * more than a week after today (and on the weekday the page names, when it names one).
 */
export function dateWithoutYear(day: number, month: number, today: IsoDate, weekday?: number): IsoDate | undefined {
  const todayNumber = isoToDay(today);
  const thisYear = dayToCivil(todayNumber).year;
  for (const y of [thisYear + 1, thisYear, thisYear - 1]) {
    if (!isValidCivil(y, month, day)) continue;
    const candidate = civilToDay(y, month, day);
    if (candidate > todayNumber + 7 || candidate <= todayNumber - 366) continue;
    if (weekday !== undefined && weekdayOf(candidate) !== weekday) continue;
    return dayToIso(candidate);
  }
  return undefined;
}

/**
 * A date as exports and pages write it: dd-mm-jjjj, d-m-jj, jjjj-mm-dd, jjjjmmdd, "5 okt 2026",
 * "woensdag 14 oktober 2026", a weekday in front ("ma 16-11-2026"), spreadsheet dates and serials;
 * with `today` also "Vandaag", "Gisteren", "Vandaag 30 nov" and dates without a year ("Ma 26 okt").
 */
export function parseDate(cell: Cell, referenceYear: number, today?: IsoDate): Parsed<IsoDate> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('ongeldige datum');
    // Spreadsheet readers give dates at UTC midnight.
    return ok(dayToIso(civilToDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())));
  }
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 21001231) return parseDate(String(cell), referenceYear);
    if (cell > 20000 && cell < 80000) return ok(dayToIso(EXCEL_EPOCH + Math.floor(cell)));
    return fail(`"${cell}" is geen datum (verwacht ${DATE_FORMATS})`);
  }
  const raw = cellText(cell);
  if (raw === '') return fail('datum ontbreekt');
  // "Vandaag", "Gisteren", "Vandaag 30 nov": the word decides.
  const relative = /^(vandaag|gisteren|eergisteren|morgen)\b/i.exec(raw);
  if (relative) {
    if (!today) return fail(`"${clip(raw)}" is geen datum zonder de datum van vandaag`);
    return ok(dayToIso(isoToDay(today) + own(RELATIVE, relative[1]!.toLowerCase())!));
  }
  // A weekday in front ("ma 16-11-2026", "woensdag 14 oktober 2026") says nothing the date does not.
  const weekdayMatch = WEEKDAY_WORD.exec(raw);
  const weekday = weekdayMatch ? WEEKDAY_PREFIXES.indexOf(weekdayMatch[1]!.toLowerCase() as (typeof WEEKDAY_PREFIXES)[number]) : undefined;
  const text = weekdayMatch ? raw.slice(weekdayMatch[0].length) : raw;
  // A time part ("2026-10-05T00:00:00", "05-10-2026 08:30") is ignored here.
  const datePart = text.split(/[T\s]/)[0] ?? '';
  let y: number;
  let m: number;
  let d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(datePart))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(datePart))) {
    d = Number(match[1]);
    m = Number(match[2]);
    y = match[3]!.length === 2 ? expandYear(Number(match[3]), referenceYear) : Number(match[3]);
  } else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(datePart))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = NAMED_DATE.exec(text.replace(/,?\s+\d{1,2}:\d{2}.*$/, ''))) && own(MONTHS, match[2]!.toLowerCase())) {
    d = Number(match[1]);
    m = own(MONTHS, match[2]!.toLowerCase())!;
    if (match[3]) y = Number(match[3]);
    else {
      const inferred = today ? dateWithoutYear(d, m, today, weekday) : undefined;
      if (!inferred) return fail(`"${clip(raw)}" is geen datum (geen jaar)`);
      return ok(inferred);
    }
  } else {
    return fail(`"${clip(raw)}" is geen datum (verwacht ${DATE_FORMATS})`);
  }
  if (!isValidCivil(y, m, d) || y < 1900 || y > 2100) return fail(`"${clip(raw)}" is geen bestaande datum`);
  return ok(dayToIso(civilToDay(y, m, d)));
}

/** 'UU:MM', 'U:MM', 'UUMM' (EduArte), 'UU.MM', with optional seconds; spreadsheet day fractions too. */
export function parseTime(cell: Cell): Parsed<string> {
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const minutes = Math.round(cell * 24 * 60);
    return ok(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  }
  if (cell instanceof Date) {
    return ok(`${String(cell.getUTCHours()).padStart(2, '0')}:${String(cell.getUTCMinutes()).padStart(2, '0')}`);
  }
  const text = cellText(cell);
  const match = /^(\d{1,2})[:.]?(\d{2})(?:[:.]\d{2})?$/.exec(text);
  if (!match) return fail(`"${clip(text)}" is geen tijd (verwacht UU:MM)`);
  const h = Number(match[1]);
  const min = Number(match[2]);
  if (h > 23 || min > 59) return fail(`"${clip(text)}" is geen bestaande tijd`);
  return ok(`${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
}

export function parseLesson(cell: Cell): Parsed<number> {
  const text = cellText(cell).replace(/e$|ste$|de$/i, '');
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 16) return fail(`"${clip(cellText(cell))}" is geen lesuur (1 tot en met 16)`);
  return ok(n);
}

export function parseMinutes(cell: Cell): Parsed<number> {
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 24 * 60) return fail(`"${clip(cellText(cell))}" is geen aantal minuten`);
  return ok(n);
}

const YES = new Set(['ja', 'j', 'true', 'waar', '1', 'yes', 'y', 'x', 'geoorloofd', 'verantwoord']);
const NO = new Set(['nee', 'n', 'false', 'onwaar', '0', 'no', 'ongeoorloofd', 'onverantwoord', 'niet verantwoord']);

/** A geoorloofd column: ja/nee/true/false/1/0 and the words themselves; empty is onbekend. */
export function parseGeoorloofd(cell: Cell, inverted = false): Parsed<Geoorloofd> {
  if (typeof cell === 'boolean') return ok(cell !== inverted ? 'ja' : 'nee');
  const text = cellText(cell).toLowerCase();
  if (text === '' || text === '?' || text === 'onbekend') return ok('onbekend');
  if (YES.has(text)) return ok(inverted && !text.includes('geoorloofd') ? 'nee' : 'ja');
  if (NO.has(text)) return ok(inverted && !text.includes('geoorloofd') ? 'ja' : 'nee');
  return fail(`"${clip(cellText(cell))}" is geen ja/nee voor geoorloofd`);
}

export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell).toLowerCase();
  if (text === '') return ok(false);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(`"${clip(cellText(cell))}" is geen ja/nee`);
}

/** Magister's Verantwoordingtype numbers (HOSTS.md §1.2) and the words systems use. */
const MAGISTER_TYPES: Record<string, Category> = {
  '1': 'absent', '2': 'te-laat', '3': 'ziek', '4': 'verwijderd', '6': 'overig', '7': 'overig', '8': 'overig',
};

export function parseCategory(cell: Cell): Category | undefined {
  const text = cellText(cell).toLowerCase();
  if (text === '') return undefined;
  const typed = own(MAGISTER_TYPES, text);
  if (typed) return typed;
  if (/te\s*laat|telaat/.test(text)) return 'te-laat';
  if (/verwijder|uitgestuurd|uit de les/.test(text)) return 'verwijderd';
  if (/ziek/.test(text)) return 'ziek';
  if (/verlof/.test(text)) return 'verlof';
  if (/absent|afwezig|verzuim/.test(text)) return 'absent';
  if (/vrijstelling|huiswerk|boek|materiaal|overig/.test(text)) return 'overig';
  return undefined;
}

export function clip(text: string, max = 40): string {
  // Messages quote file content: keep them short and printable.
  const printable = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return printable.length > max ? `${printable.slice(0, max - 1)}…` : printable;
}

/** A vrijstelling column, read by its legal basis in any wording (lib/rules/vrijstelling.ts). */
export function parseVrijstelling(cell: Cell): VrijstellingGrond | undefined {
  return parseVrijstellingText(cellText(cell));
}
