/**
 * Calendar days as integers (days since 1970-01-01), the engine's unit of time.
 * Two million records are bucketed per day, so this stays plain arithmetic;
 * date-fns is used where months and locales matter (see lib/format.ts, lib/rules/leerplicht.ts).
 */

/** 'JJJJ-MM-DD' */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayToCivil(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = dayToCivil(civilToDay(year, month, day));
  return back.year === year && back.month === month && back.day === day;
}

/** Parses a strict ISO date; throws on anything else (callers validate with zod first). */
export function isoToDay(iso: IsoDate): number {
  // Hot path: fixed positions, no regex.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 7);
    const d = digits(iso, 8, 10);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return civilToDay(y, m, d);
  }
  throw new RangeError(`geen geldige datum (JJJJ-MM-DD): ${JSON.stringify(iso)}`);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isValidCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

// The rules name the same few hundred days again and again (every meldmoment, every week of the
// trend): each day's text is made once. Days 1970–2100 (0–47,846); others are made every time.
const ISO_CACHE = new Array<IsoDate | undefined>(47_847);
const ISO_CACHE_DAYS = ISO_CACHE.length;

export function dayToIso(dayNumber: number): IsoDate {
  if (dayNumber >= 0 && dayNumber < ISO_CACHE_DAYS && Number.isInteger(dayNumber)) {
    return (ISO_CACHE[dayNumber] ??= civilIso(dayNumber));
  }
  return civilIso(dayNumber);
}

function civilIso(dayNumber: number): IsoDate {
  const { year, month, day } = dayToCivil(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = maandag … 6 = zondag (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function todayIso(now: Date = new Date()): IsoDate {
  return dayToIso(civilToDay(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/** A local Date at midnight, for date-fns. */
export function dayToDate(dayNumber: number): Date {
  const { year, month, day } = dayToCivil(dayNumber);
  return new Date(year, month - 1, day);
}

export function dateToDay(date: Date): number {
  return civilToDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** School years run 1 August – 31 July (Leerplichtwet). Returns e.g. '2026-2027'. */
export function schoolYearOf(dayNumber: number): string {
  const { year, month } = dayToCivil(dayNumber);
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}
