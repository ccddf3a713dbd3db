/**
 * Reading the JSON host pages load themselves: it comes from the page, so it is untrusted. Every
 * field is checked here; anything unexpected is left out and counted by the caller.
 *
 * Decided reading (README, "Besliste lezingen"): a registration over several days counts on every
 * school day in it — the first day from its begin time (or lesuur), the last until its end time (or
 * lesuur), the days between whole. A registration without an end runs until today. A part that runs
 * from 07:00 or earlier until 18:00 or later covers any school day and is a whole day.
 */
import { dayToIso, isoToDay, type IsoDate } from '../calendar/days.ts';
import type { Geoorloofd, Span } from '../model.ts';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown, max = 300): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : undefined);
export const int = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;
export const flag = (v: unknown): Geoorloofd => (v === true ? 'ja' : v === false ? 'nee' : 'onbekend');

/** A moment as the school's clock shows it: the Dutch date and the minutes since midnight. */
export interface LocalMoment {
  date: IsoDate;
  minutes: number;
}

const DUTCH_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/**
 * Somtoday writes local time with its offset ("2023-01-09T11:05:00.000+01:00"): the wall clock as
 * written. Magister writes UTC with seven fractional digits ("2026-08-18T22:00:00.0000000Z"): turned
 * into Dutch time. A bare date is midnight.
 */
export function localMoment(value: unknown): LocalMoment | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const [, date, hh, mm, zone] = m;
  if (!isRealDate(date!)) return undefined;
  if (zone === 'Z') {
    const instant = new Date(value.trim().replace(/\.(\d{3})\d*Z$/, '.$1Z'));
    if (Number.isNaN(instant.getTime())) return undefined;
    const parts = Object.fromEntries(DUTCH_CLOCK.formatToParts(instant).map((p) => [p.type, p.value]));
    return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
  }
  const minutes = hh === undefined ? 0 : Number(hh) * 60 + Number(mm);
  return minutes < 24 * 60 ? { date: date!, minutes } : undefined;
}

function isRealDate(iso: string): boolean {
  try {
    return dayToIso(isoToDay(iso)) === iso;
  } catch {
    return false;
  }
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Earliest start and latest end that certainly cover any school day. */
const COVERS_DAY_START = 7 * 60;
const COVERS_DAY_END = 18 * 60;
const DAY: Span = { kind: 'day' };
/** A registration longer than this is refused rather than expanded (a typo or a hostile page). */
export const MAX_PERIOD_DAYS = 366;
/**
 * The most registrations one page's reading holds (after multi-day periods are split into days):
 * a whole school year of one pupil's lessons fits many times over; a page that sends more is read
 * up to here, and the sidebar says so.
 */
export const MAX_PAGE_RECORDS = 50_000;
/** Items read from one response of page data (a list of meldingen, lessons); more is read up to here, and the sidebar says so. */
export const MAX_RESPONSE_ITEMS = 20_000;

function timeSpan(start: number | undefined, end: number | undefined): Span {
  const from = start === undefined || start <= COVERS_DAY_START ? undefined : start;
  const to = end === undefined || end >= COVERS_DAY_END ? undefined : end;
  if (from === undefined && to === undefined) return DAY;
  // "00:00" is how a part says "from the start of the school day" (lib/rules/pupilDays.ts).
  return to === undefined ? { kind: 'time', start: clock(from!) } : { kind: 'time', start: from === undefined ? '00:00' : clock(from), end: clock(to) };
}

export interface PeriodPart {
  date: IsoDate;
  span: Span;
}

/**
 * The days a registration covers, each with the part of it: lesuren when the source gives them
 * (first day from `fromLesson`, last day until `toLesson`), else clock times. No end: until `until`.
 * Undefined when the period is reversed or longer than a year.
 */
export function periodParts(
  begin: LocalMoment,
  end: LocalMoment | undefined,
  until: IsoDate,
  lessons: { from?: number; to?: number } = {},
): PeriodPart[] | undefined {
  const first = isoToDay(begin.date);
  const last = end ? isoToDay(end.date) : Math.max(first, isoToDay(until));
  if (last < first || last - first >= MAX_PERIOD_DAYS) return undefined;
  if (end && first === last && end.minutes < begin.minutes) return undefined;
  const parts: PeriodPart[] = [];
  for (let day = first; day <= last; day++) {
    const isFirst = day === first;
    const isLast = day === last && end !== undefined;
    let span: Span;
    if (lessons.from !== undefined || lessons.to !== undefined) {
      const from = isFirst ? (lessons.from ?? 1) : 1;
      const to = isLast ? lessons.to : undefined;
      span = from <= 1 && to === undefined ? DAY : { kind: 'lessons', from, ...(to !== undefined ? { to: Math.max(from, to) } : {}) };
    } else {
      span = timeSpan(isFirst ? begin.minutes : undefined, isLast ? end!.minutes : undefined);
    }
    parts.push({ date: dayToIso(day), span });
  }
  return parts;
}
