/**
 * Somtoday's pupil portal (leerling.somtoday.nl, Angular). Each registration is an `sl-registratie`
 * element whose aria-label reads "titel, datuminfo, vakOfTitel, opmerkingen" (HOSTS.md §2.3), e.g.
 * "Spijbelen, ma 5 okt, 2e - 4e uur, wiskunde". The category heading it sits under says whether it
 * was geoorloofd: Afwezig ongeoorloofd / Afwezig geoorloofd / Te laat / Verwijderd uit les.
 */
import { civilToDay, dayToCivil, dayToIso, isoToDay, weekdayOf } from '../../calendar/days.ts';
import { MONTHS } from '../../import/cells.ts';
import { categoryFromText } from '../../rules/reasons.ts';
import type { AbsenceRecord, Category, Geoorloofd, Pupil, Span } from '../../model.ts';
import { readIdentity, textOf } from '../generic/identity.ts';
import type { HostAdapter, PageReading, ReadContext } from '../types.ts';

const CATEGORY_LABELS: Record<string, { category: Category; geoorloofd: Geoorloofd }> = {
  'afwezig ongeoorloofd': { category: 'absent', geoorloofd: 'nee' },
  'afwezig geoorloofd': { category: 'absent', geoorloofd: 'ja' },
  'te laat': { category: 'te-laat', geoorloofd: 'onbekend' },
  'verwijderd uit les': { category: 'verwijderd', geoorloofd: 'onbekend' },
  'huiswerk niet in orde': { category: 'overig', geoorloofd: 'onbekend' },
  'materiaal niet in orde': { category: 'overig', geoorloofd: 'onbekend' },
};
const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const LABEL = new RegExp(
  '^(.*?),\\s*(ma|di|wo|do|vr|za|zo)[a-z]*\\.?\\s+(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?(?:\\s+(\\d{4}))?' +
    '(?:,\\s*(?:(\\d{1,2})e(?:\\s*-\\s*(\\d{1,2})e)?\\s*uur|(\\d{1,3})\\s*min(?:uten)?\\s+gemist))?(?:,\\s*(.*))?$',
  'i',
);

export interface SomtodayLabel {
  title: string;
  date: string;
  fromLesson?: number;
  toLesson?: number;
  minutes?: number;
  rest?: string;
}

/**
 * The date a label without a year means: the most recent such date not after today whose weekday
 * matches (within the last year).
 */
export function inferDate(day: number, month: number, weekday: number, today: string, year?: number): string | undefined {
  if (year) return dayToIso(civilToDay(year, month, day));
  const todayNumber = isoToDay(today);
  const thisYear = dayToCivil(todayNumber).year;
  for (const y of [thisYear, thisYear - 1, thisYear + 1]) {
    const candidate = civilToDay(y, month, day);
    if (dayToCivil(candidate).day !== day) continue;
    if (candidate <= todayNumber + 7 && candidate > todayNumber - 366 && weekdayOf(candidate) === weekday) return dayToIso(candidate);
  }
  return undefined;
}

export function parseSomtodayLabel(label: string, today: string): SomtodayLabel | undefined {
  const m = LABEL.exec(label.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const month = MONTHS[m[4]!.toLowerCase()];
  if (!month) return undefined;
  const date = inferDate(Number(m[3]), month, WEEKDAYS.indexOf(m[2]!.toLowerCase()), today, m[5] ? Number(m[5]) : undefined);
  if (!date) return undefined;
  return {
    title: m[1]!.trim(),
    date,
    fromLesson: m[6] ? Number(m[6]) : undefined,
    toLesson: m[7] ? Number(m[7]) : m[6] ? Number(m[6]) : undefined,
    minutes: m[8] ? Number(m[8]) : undefined,
    rest: m[9]?.trim() || undefined,
  };
}

/** The category heading an element sits under: the last label element before it in document order. */
function categoryHeadings(root: ParentNode): { element: Element; value: (typeof CATEGORY_LABELS)[string] }[] {
  const found: { element: Element; value: (typeof CATEGORY_LABELS)[string] }[] = [];
  for (const el of Array.from(root.querySelectorAll('hmy-registratie-categorie, h1, h2, h3, h4, span, div, p, button'))) {
    if (el.childElementCount > 3) continue;
    const text = textOf(el).toLowerCase().replace(/\s*\(?\d+\)?$/, '');
    const value = CATEGORY_LABELS[text];
    if (value && !found.some((f) => f.element.contains(el))) found.push({ element: el, value });
  }
  return found;
}

export const somtodayAdapter: HostAdapter = {
  system: 'somtoday',
  hostSuffixes: ['.somtoday.nl', 'som.today'],
  async read(root: ParentNode, context: ReadContext): Promise<PageReading | null> {
    const items = Array.from(root.querySelectorAll('sl-registratie[aria-label]'));
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
      if (!parsed) {
        problems.push(`registratie ${i + 1}: "${label.slice(0, 60)}" niet herkend`);
        continue;
      }
      // The heading before this registration: compareDocumentPosition 4 = FOLLOWING.
      const heading = [...headings].reverse().find((h) => (h.element.compareDocumentPosition(item) & 4) !== 0)?.value;
      const byTitle = categoryFromText(parsed.title);
      const category: Category = heading?.category === 'absent' && byTitle === 'ziek' ? 'ziek' : (heading?.category ?? byTitle ?? 'absent');
      const span: Span = parsed.fromLesson ? { kind: 'lessons', from: parsed.fromLesson, to: parsed.toLesson } : { kind: 'day' };
      const record: AbsenceRecord = {
        pupilId: pupil.id, date: parsed.date, span, category, geoorloofd: heading?.geoorloofd ?? 'onbekend',
        reasonText: parsed.title.slice(0, 300), source: { kind: 'page', name: context.url.slice(0, 500) },
      };
      if (parsed.minutes !== undefined) record.minutes = parsed.minutes;
      records.push(record);
    }
    if (records.length === 0) return null;
    const anchors = new Map<string, Element>([[pupil.id, identity.anchor ?? items[0]!.parentElement ?? items[0]!]]);
    return { system: 'somtoday', kind: 'leerling', pupils: [pupil], records, anchors, problems, source: items[0]!.parentElement ?? items[0]! };
  },
};
