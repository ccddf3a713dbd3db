/**
 * Somtoday's pupil and parent app (leerling.somtoday.nl, Angular). Each registration is an
 * `sl-registratie` element; its aria-label is how the app itself words it (NONtoday/leerling-source,
 * `registratie.component.ts`, releases 2.6.1 and before 2.4.0; dates by `hmy-date-util.ts`):
 *   2.6.1:  "titel[, niet afgehandeld], datuminfo[, minuten gemist][, vak]" — every part with its first
 *           "-" replaced by "tot" ("2e tot 3e uur", "08:30 tot 08:45").
 *   < 2.4:  "titel, datuminfo, vakOfTitel, opmerkingen".
 * datuminfo for absences: "Maandag 26 okt, 08:30" (open-ended: until today), "Ma 26 okt, 08:30 t/m
 * Vr 30 okt, 13:30" (several days), "Ma 26 okt, 2e uur" / "Ma 26 okt, 2e tot 3e uur" (lesuren),
 * "Ma 26 okt, 08:30 t/m 10:20" (times); "Vandaag 30 nov" for today; ", 2025" after the month in
 * another year. For te laat and verwijderd: "Maandag 26 okt" followed by "2e uur, 10 min gemist".
 * The category heading the list sits under ("Afwezig", "Afwezig ongeoorloofd", "Afwezig geoorloofd",
 * "Te laat", "Verwijderd uit les") says whether it was geoorloofd.
 */
import { dayToCivil, dayToIso, isoToDay } from '../../calendar/days.ts';
import { parseDate } from '../../import/cells.ts';
import type { AbsenceRecord, Category, Geoorloofd, Pupil } from '../../model.ts';
import { readIdentity, textOf } from '../generic/identity.ts';
import { periodParts, type LocalMoment, type PeriodPart } from '../json.ts';
import type { PageReading, ReadContext } from '../types.ts';
import { SOMTODAY_SELECTORS } from './host.ts';

const CATEGORY_LABELS: Record<string, { category: Category; geoorloofd: Geoorloofd }> = {
  afwezig: { category: 'absent', geoorloofd: 'onbekend' },
  'afwezig ongeoorloofd': { category: 'absent', geoorloofd: 'nee' },
  'afwezig geoorloofd': { category: 'absent', geoorloofd: 'ja' },
  'te laat': { category: 'te-laat', geoorloofd: 'onbekend' },
  'verwijderd uit les': { category: 'verwijderd', geoorloofd: 'onbekend' },
  'huiswerk niet in orde': { category: 'overig', geoorloofd: 'onbekend' },
  'materiaal niet in orde': { category: 'overig', geoorloofd: 'onbekend' },
};
const ABSENCE_HEADINGS = new Set(['afwezig', 'afwezig ongeoorloofd', 'afwezig geoorloofd']);

/** "Vandaag 30 nov", "Ma 26 okt", "Maandag 26 okt, 2025". */
const DATE = '(?:vandaag|gisteren|(?:ma|di|wo|do|vr|za|zo)[a-z]*)\\.?\\s+\\d{1,2}\\s+[a-z]{3,}\\.?(?:,\\s*\\d{4}(?!:))?';
const TIME = '(\\d{1,2}):(\\d{2})';
const LESSONS = '(\\d{1,2})e(?:\\s*uur)?(?:\\s*-\\s*(\\d{1,2})e)?\\s*uur';
const DATE_RE = new RegExp(DATE, 'i');

export interface SomtodayLabel {
  title: string;
  /** The day the registration begins. */
  date: string;
  beginMinutes?: number;
  fromLesson?: number;
  toLesson?: number;
  /** The last day, when the label names one ("t/m Vr 30 okt"). */
  endDate?: string;
  endMinutes?: number;
  /** Only a begin moment and nothing after it: the registration is still running. */
  openEnded: boolean;
  minutes?: number;
  /** What follows: the lesson's subject, remarks. */
  rest?: string;
}

/** Reads one aria-label; undefined when it is not the app's grammar. */
export function parseSomtodayLabel(label: string, today: string): SomtodayLabel | undefined {
  // The app replaced the first "-" of each part with "tot": put it back, so both releases read alike.
  const text = label.replace(/\s+/g, ' ').trim().replace(/(\d{1,2}e|\d{1,2}:\d{2})\s+tot\s+(?=\d)/gi, '$1 - ');
  const dateMatch = DATE_RE.exec(text);
  if (!dateMatch) return undefined;
  const date = parseDate(dateMatch[0], Number(today.slice(0, 4)), today);
  if (!date.ok) return undefined;
  const title = text.slice(0, dateMatch.index).replace(/,\s*$/, '').replace(/,\s*niet afgehandeld$/i, '').trim();
  let rest = text.slice(dateMatch.index + dateMatch[0].length);
  const result: SomtodayLabel = { title, date: date.value, openEnded: false };
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^,\\s*${LESSONS}`, 'i').exec(rest))) {
    result.fromLesson = Number(m[1]);
    result.toLesson = m[2] ? Number(m[2]) : Number(m[1]);
    rest = rest.slice(m[0].length);
  } else if ((m = new RegExp(`^,\\s*${TIME}(?:\\s*-\\s*${TIME})?`, 'i').exec(rest))) {
    result.beginMinutes = Number(m[1]) * 60 + Number(m[2]);
    if (m[3]) result.endMinutes = Number(m[3]) * 60 + Number(m[4]);
    rest = rest.slice(m[0].length);
  }
  // "t/m Vr 30 okt, 13:30", "t/m Di 27 okt, 3e uur" or "t/m 10:20".
  if ((m = /^\s*t\/m\s+/i.exec(rest))) {
    rest = rest.slice(m[0].length);
    const second = new RegExp(`^${DATE}`, 'i').exec(rest);
    if (second) {
      const end = parseDate(second[0], Number(today.slice(0, 4)), today);
      if (!end.ok) return undefined;
      result.endDate = end.value;
      rest = rest.slice(second[0].length);
      if ((m = new RegExp(`^,\\s*${TIME}`, 'i').exec(rest))) {
        result.endMinutes = Number(m[1]) * 60 + Number(m[2]);
        rest = rest.slice(m[0].length);
      } else if ((m = new RegExp(`^,\\s*(\\d{1,2})e\\s*uur`, 'i').exec(rest))) {
        result.toLesson = Number(m[1]);
        rest = rest.slice(m[0].length);
      }
    } else if ((m = new RegExp(`^${TIME}`, 'i').exec(rest))) {
      result.endMinutes = Number(m[1]) * 60 + Number(m[2]);
      rest = rest.slice(m[0].length);
    } else {
      return undefined;
    }
  }
  // Te laat / verwijderd: "…, 2e uur, 10 min gemist".
  if ((m = new RegExp(`^,\\s*${LESSONS}`, 'i').exec(rest)) && result.fromLesson === undefined) {
    result.fromLesson = Number(m[1]);
    result.toLesson = m[2] ? Number(m[2]) : Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  if ((m = /^,\s*(\d{1,3})\s*min(?:uten)?\s+gemist/i.exec(rest))) {
    result.minutes = Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  result.openEnded = result.beginMinutes !== undefined && result.endMinutes === undefined && result.endDate === undefined && result.fromLesson === undefined;
  const tail = rest.replace(/^,\s*/, '').replace(/,\s*$/, '').trim();
  if (tail) result.rest = tail;
  return result;
}

/** The days one parsed label covers, each with its part. */
export function labelParts(label: SomtodayLabel, today: string, absence: boolean): PeriodPart[] | undefined {
  const begin: LocalMoment = { date: label.date, minutes: label.beginMinutes ?? 0 };
  let end: LocalMoment | undefined;
  if (label.endDate) end = { date: label.endDate, minutes: label.endMinutes ?? 24 * 60 - 1 };
  else if (label.endMinutes !== undefined) end = { date: label.date, minutes: label.endMinutes };
  else if (!(absence && label.openEnded)) end = { date: label.date, minutes: label.beginMinutes !== undefined && !absence ? label.beginMinutes : 24 * 60 - 1 };
  const lessons = label.fromLesson !== undefined || label.toLesson !== undefined
    ? { from: label.fromLesson, to: label.endDate || label.fromLesson !== undefined ? label.toLesson : undefined }
    : {};
  if (!absence && label.beginMinutes !== undefined && label.fromLesson === undefined) {
    // Te laat at a moment: that moment, not the day.
    return [{ date: label.date, span: { kind: 'time', start: clock(label.beginMinutes), ...(label.endMinutes !== undefined ? { end: clock(label.endMinutes) } : {}) } }];
  }
  return periodParts(begin, end, today, lessons);
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The category heading an element sits under: the last label element before it in document order. */
function categoryHeadings(root: ParentNode): { element: Element; key: string }[] {
  const found: { element: Element; key: string }[] = [];
  for (const el of Array.from(root.querySelectorAll(SOMTODAY_SELECTORS.headings))) {
    if (el.childElementCount > 3 || el.closest(SOMTODAY_SELECTORS.item)) continue;
    const text = textOf(el).toLowerCase().replace(/,?\s*\(?\d+\)?(\s*keer vermeld)?$/, '').trim();
    if (Object.hasOwn(CATEGORY_LABELS, text) && !found.some((f) => f.element.contains(el))) found.push({ element: el, key: text });
  }
  return found;
}

export async function readSomtodayMarkup(root: ParentNode, context: ReadContext): Promise<PageReading | null> {
  const items = Array.from(root.querySelectorAll(SOMTODAY_SELECTORS.item));
  if (items.length === 0) return null;
  const headings = categoryHeadings(root);
  const identity = readIdentity(root, items);
  const pupil: Pupil = { id: identity.id || identity.name || 'leerling-op-deze-pagina', name: identity.name ?? '' };
  const records: AbsenceRecord[] = [];
  const problems: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (i % 250 === 249) await context.yieldToPage();
    const label = item.getAttribute('aria-label') ?? '';
    const parsed = parseSomtodayLabel(label, context.today);
    // The heading before this registration: compareDocumentPosition 4 = FOLLOWING.
    const heading = [...headings].reverse().find((h) => (h.element.compareDocumentPosition(item) & 4) !== 0);
    const value = heading ? CATEGORY_LABELS[heading.key]! : { category: 'absent' as Category, geoorloofd: 'onbekend' as Geoorloofd };
    const parts = parsed ? labelParts(parsed, context.today, !heading || ABSENCE_HEADINGS.has(heading.key)) : undefined;
    if (!parsed || !parts) {
      problems.push(`registratie ${i + 1}: "${label.slice(0, 60)}" niet herkend`);
      continue;
    }
    for (const part of parts) {
      // A coarse heading ("Afwezig") with a reason that says ziek is refined by the ReasonResolver.
      const record: AbsenceRecord = {
        pupilId: pupil.id, date: part.date, span: part.span, category: value.category, geoorloofd: value.geoorloofd,
        source: { kind: 'page', name: context.url.slice(0, 500) },
      };
      if (parsed.title) record.reasonText = parsed.title.slice(0, 300);
      if (parsed.minutes !== undefined && parts.length === 1 && part.span.kind === 'lessons') record.minutes = parsed.minutes;
      records.push(record);
    }
  }
  if (records.length === 0 && problems.length === 0) return null;
  const anchors = new Map<string, Element>([[pupil.id, identity.anchor ?? items[0]!.parentElement ?? items[0]!]]);
  const period = somtodayPeriod(root, context.today);
  return {
    system: 'somtoday', kind: 'leerling', pupils: [pupil], records, anchors, problems, source: items[0]!.parentElement ?? items[0]!,
    info: { source: 'opmaak', skipped: problems.length, ...(period ? { period } : {}) },
  };
}

/** The period the app's dropdown says it shows (registraties-models.ts: Laatste 7 dagen, Laatste 30 dagen, Deze periode, Dit schooljaar). */
export function somtodayPeriod(root: ParentNode, today: string): { from: string; label: string } | undefined {
  const text = Array.from(root.querySelectorAll(SOMTODAY_SELECTORS.period)).map(textOf).join(' ');
  const day = isoToDay(today);
  if (/laatste 7 dagen/i.test(text)) return { from: dayToIso(day - 7), label: 'Laatste 7 dagen' };
  if (/laatste 30 dagen/i.test(text)) return { from: dayToIso(day - 30), label: 'Laatste 30 dagen' };
  if (/dit schooljaar/i.test(text)) {
    // The school year starts on 1 August (Leerplichtwet art. 1).
    const { year, month } = dayToCivil(day);
    return { from: `${month >= 8 ? year : year - 1}-08-01`, label: 'Dit schooljaar' };
  }
  return undefined;
}
