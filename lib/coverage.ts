/**
 * What a reading covered, so that "no signal" can be trusted or not: how many registrations, which
 * days, from where, and what is missing or doubtful. A signal needs enough days to be judged: a
 * thuiszitter is only visible in data that spans more than the thuiszitter term.
 *
 * Decided reading (README): the data is "complete" when the page shows its whole list (no "50 van
 * 1.800", no paging), nothing on it was left unread, and it spans more than the thuiszitter term —
 * from the page's own period when it states one, else from its first registration — up to the last
 * day assessed. Weeks without any registration inside that span are named, but do not make it
 * incomplete (a pupil at school has none).
 */
import { dayToIso, isoToDay, weekdayOf, type IsoDate } from './calendar/days.ts';
import type { SchoolCalendar } from './calendar/schoolCalendar.ts';
import { formatDate, formatShortDate, type Lang } from './format.ts';
import { thresholdDay } from './rules/thuiszitter.ts';

export type CoverageSource = 'gegevens' | 'opmaak' | 'geleerd' | 'export';

/** What a reader knows about the page beyond its records. */
export interface PageInfo {
  source: Exclude<CoverageSource, 'export'>;
  /** Items on the page that could not be read. */
  skipped: number;
  /** "50 van 1.800": the page shows part of a longer list. */
  partial?: { shown: number; total: number };
  /** The page has paging controls: more rows on other pages. */
  paged?: boolean;
  /** The period the page says it shows ("Dit schooljaar", "Laatste 30 dagen"), when it says so. */
  period?: { from: IsoDate; label: string };
  /** The page held more than the extension reads from one page: read up to the bound. */
  truncated?: { bound: number };
}

export interface CoverageProblem {
  kind: 'kort' | 'deel' | 'pagina' | 'overgeslagen' | 'afgekapt' | 'dubbel' | 'gaten';
  /** Dutch; coverageText() gives both languages. */
  text: string;
}

export interface Coverage {
  records: number;
  from?: IsoDate;
  until: IsoDate;
  complete: boolean;
  source: CoverageSource;
  problems: CoverageProblem[];
  /** For the words: the page's own period label, lesweken spanned, the thuiszitter term, the weeks without registrations. */
  periodLabel?: string;
  weeks: number;
  termWeeks: number;
  skipped: number;
  duplicates: number;
  partial?: { shown: number; total: number };
  gapWeeks: IsoDate[];
}

export function coverageOf(input: {
  recordDays: readonly IsoDate[];
  until: IsoDate;
  info: PageInfo | { source: 'export'; skipped: number };
  calendar: SchoolCalendar;
  termWeeks: number;
  /** Registrations that repeated one already there (counted once). */
  duplicates?: number;
}): Coverage {
  const duplicates = input.duplicates ?? 0;
  const { recordDays, calendar, termWeeks, info } = input;
  const until = isoToDay(input.until);
  let first = Infinity;
  let last = -Infinity;
  const weeksWithRecords = new Set<number>();
  for (const iso of recordDays) {
    const day = isoToDay(iso);
    if (day < first) first = day;
    if (day > last) last = day;
    weeksWithRecords.add(day - weekdayOf(day));
  }
  const period = 'period' in info ? info.period : undefined;
  const from = period ? isoToDay(period.from) : first;
  const problems: CoverageProblem[] = [];
  let weeks = 0;
  const gapWeeks: IsoDate[] = [];
  if (Number.isFinite(from)) {
    for (let monday = from - weekdayOf(from); monday <= until; monday += 7) {
      if (!calendar.isLesweek(monday)) continue;
      weeks++;
      // Between the first and the last registration only: before and after, a pupil at school has none.
      if (!weeksWithRecords.has(monday) && monday > first && monday < last) gapWeeks.push(dayToIso(monday));
    }
  }
  const short = !Number.isFinite(from) || thresholdDay(calendar, from, termWeeks) > until;
  if (short) problems.push({ kind: 'kort', text: `de gegevens beslaan ${weeks} ${weeks === 1 ? 'lesweek' : 'lesweken'}: een thuiszitter (langer dan ${termWeeks} lesweken) is niet te beoordelen` });
  const partial = 'partial' in info ? info.partial : undefined;
  if (partial && partial.shown < partial.total) problems.push({ kind: 'deel', text: `de pagina toont ${partial.shown} van ${partial.total.toLocaleString('nl-NL')}` });
  if ('paged' in info && info.paged) problems.push({ kind: 'pagina', text: 'de lijst staat op meer pagina’s: alleen deze pagina is gelezen' });
  const truncated = 'truncated' in info ? info.truncated : undefined;
  if (truncated) problems.push({ kind: 'afgekapt', text: `de pagina bevat meer dan ${truncated.bound.toLocaleString('nl-NL')} registraties: tot daar is gelezen` });
  if (info.skipped > 0) problems.push({ kind: 'overgeslagen', text: `${info.skipped} ${info.skipped === 1 ? 'registratie' : 'registraties'} niet gelezen` });
  if (duplicates > 0) problems.push({ kind: 'dubbel', text: `${duplicates} dubbele ${duplicates === 1 ? 'registratie' : 'registraties'} (zelfde dag en lesuur of tijd) één keer geteld` });
  if (gapWeeks.length > 0 && info.source !== 'export') {
    problems.push({ kind: 'gaten', text: `geen registraties in de week van ${gapWeeks.slice(0, 3).map(formatDate).join(', ')}${gapWeeks.length > 3 ? ` en ${gapWeeks.length - 3} andere` : ''}` });
  }
  return {
    records: recordDays.length,
    ...(Number.isFinite(from) ? { from: dayToIso(from) } : {}),
    until: input.until,
    complete: problems.every((p) => p.kind === 'gaten' || p.kind === 'dubbel'),
    source: info.source,
    problems,
    ...(period ? { periodLabel: period.label } : {}),
    weeks,
    termWeeks,
    skipped: info.skipped,
    duplicates,
    ...(partial ? { partial } : {}),
    gapWeeks,
  };
}

const SOURCE_WORDS: Record<CoverageSource, { nl: string; en: string }> = {
  gegevens: { nl: 'uit de gegevens van de pagina', en: "from the page's own data" },
  opmaak: { nl: 'uit de pagina', en: 'from the page' },
  geleerd: { nl: 'uit de pagina, zoals u die de extensie leerde', en: 'from the page, as you taught it' },
  export: { nl: 'uit de export', en: 'from the export' },
};

/** "gelezen: 153 registraties, 26 okt t/m 30 nov, uit de gegevens van de pagina" and what is missing. */
export function coverageText(c: Coverage, lang: Lang): { summary: string; problems: string[] } {
  const nl = lang === 'nl';
  const span = c.from ? `${formatShortDate(c.from, lang)} ${nl ? 't/m' : 'to'} ${formatShortDate(c.until, lang)}` : nl ? 'geen dagen' : 'no days';
  const summary = nl
    ? `Gelezen: ${c.records} ${c.records === 1 ? 'registratie' : 'registraties'}, ${span}${c.periodLabel ? ` (${c.periodLabel})` : ''}, ${SOURCE_WORDS[c.source].nl}.`
    : `Read: ${c.records} registration(s), ${span}${c.periodLabel ? ` (${c.periodLabel})` : ''}, ${SOURCE_WORDS[c.source].en}.`;
  const problems = c.problems.map((p) => {
    if (nl) return p.text;
    switch (p.kind) {
      case 'kort':
        return `the data spans ${c.weeks} school week(s): a thuiszitter (more than ${c.termWeeks} school weeks) cannot be judged`;
      case 'deel':
        return `the page shows ${c.partial?.shown} of ${c.partial?.total}`;
      case 'pagina':
        return 'the list continues on other pages: only this page was read';
      case 'overgeslagen':
        return `${c.skipped} registration(s) could not be read`;
      case 'dubbel':
        return `${c.duplicates} duplicate registration(s) (same day and lesson or time) counted once`;
      case 'afgekapt':
        return 'the page holds more registrations than the extension reads from one page: read up to that bound';
      case 'gaten':
        return `no registrations in the week(s) of ${c.gapWeeks.slice(0, 3).map(formatDate).join(', ')}`;
    }
  });
  return { summary, problems };
}
