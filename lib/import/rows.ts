/**
 * Rows of an absence export (CSV or XLSX, already split into cells) → pupils and absence records.
 * A bad row gets a message with its row number; the good rows are still used.
 */
import { dayToIso, isoToDay } from '../calendar/days.ts';
import type { AbsenceRecord, Pupil, Span } from '../model.ts';
import { SCHOOL_TYPES, type Category, type Geoorloofd, type SchoolType, type VrijstellingGrond } from '../vocabulary.ts';
import { categoryFromText } from '../rules/reasons.ts';
import {
  cellText, clip, parseCategory, parseDate, parseGeoorloofd, parseLesson, parseMinutes, parseTime, parseVrijstelling, parseYesNo,
  type Cell, type Parsed,
} from './cells.ts';
import { EDUARTE_COLUMNS, looksLikeEduarteRow, looksLikeHeader, mapHeaders, type ColumnMap, type Field } from './columns.ts';

export interface RowProblem {
  /** 1-based row number in the file (the header is usually row 1). */
  row: number;
  message: string;
}

export interface ImportResult {
  sourceName: string;
  layout: 'kolomkoppen' | 'eduarte';
  pupils: Pupil[];
  /** The records read; empty when ImportOptions.onRecord took them. */
  records: AbsenceRecord[];
  /** How many records were read (also when onRecord took them). */
  recordCount: number;
  problems: RowProblem[];
  /** Problems beyond the first MAX_PROBLEMS are only counted. */
  moreProblems: number;
  /** A problem with the whole file: nothing could be read. */
  fatal?: string;
  rowsRead: number;
  /** Headers the import does not use. */
  ignoredColumns: string[];
  /** Which column fed which field, for the user to check. */
  columns: Partial<Record<Field, string>>;
}

export interface ImportOptions {
  sourceName: string;
  /** For two-digit years; defaults to the current year. */
  referenceYear?: number;
  /** The day a page was read: for "Vandaag", "Gisteren" and dates without a year (pages only). */
  today?: string;
  /** Called every PROGRESS_ROWS rows with the part of the file read (0–1), the rows and the pupils so far. */
  onProgress?: (fraction: number, rows: number, pupils: number) => void;
  /**
   * Takes each record as it is read instead of keeping it (a school's day tables, lib/rules/assess.ts):
   * a whole school year is then never held as two million objects. The record is the receiver's to keep.
   */
  onRecord?: (record: AbsenceRecord) => void;
}

/** How often a long import reports its progress. */
export const PROGRESS_ROWS = 20_000;

const MAX_PROBLEMS = 500;
/** A record spanning more days than this is refused rather than expanded (a typo or a hostile file). */
const MAX_DAYS_PER_ROW = 366;
const HEADER_SEARCH_ROWS = 10;
const SHORT_CODE = /^[A-Za-z0-9+*#-]{1,4}$/;
const CACHE_LIMIT = 10_000;

interface PupilDraft {
  id: string;
  name: string;
  birthDate?: string;
  group?: string;
  schoolType?: SchoolType;
  vrijstelling?: VrijstellingGrond;
  startkwalificatie?: boolean;
  firstRow: number;
}

/**
 * Turns the rows of an absence export into pupils and records, one row at a time, so a large file
 * never has to be held as rows in memory. The header is looked for in the first rows; without one,
 * the EduArte layout is tried.
 */
export class RowImporter {
  private readonly result: ImportResult;
  private readonly referenceYear: number;
  private rowCount = 0;
  /** Rows seen before a header was found. */
  private pending: Cell[][] | null = [];
  private C: ReturnType<typeof columnIndices> | undefined;
  private spanColumns: number[] = [];
  // Exports repeat the same dates, reasons and lesson ranges on thousands of rows: parse each once.
  private readonly dateCache = new Map<string, Parsed<string>>();
  private readonly spanCache = new Map<string, SpanParts>();
  private readonly categoryCache = new Map<string, Category>();
  private readonly pupils = new Map<string, PupilDraft>();

  constructor(private readonly options: ImportOptions) {
    this.referenceYear = options.referenceYear ?? new Date().getFullYear();
    this.result = {
      sourceName: options.sourceName, layout: 'kolomkoppen', pupils: [], records: [], recordCount: 0, problems: [], moreProblems: 0,
      rowsRead: 0, ignoredColumns: [], columns: {},
    };
  }

  /** Records so far (a page's reader stops at its bound). */
  get recordCount(): number {
    return this.result.recordCount;
  }

  /** Pupils read so far. */
  get pupilCount(): number {
    return this.pupils.size;
  }

  /** Rows handed in so far (with the header and empty rows). */
  get rowsPushed(): number {
    return this.rowCount;
  }

  push(row: readonly Cell[]): void {
    this.rowCount++;
    if (this.C) {
      this.addRow(row, this.rowCount);
      return;
    }
    if (this.pending === null) return; // no usable header: the file was refused
    this.pending.push([...row]);
    const headers = row.map(cellText);
    const { map, unknown } = mapHeaders(headers);
    if (looksLikeHeader(map)) {
      this.result.ignoredColumns = unknown;
      for (const [field, index] of Object.entries(map)) this.result.columns[field as Field] = headers[index]!;
      this.useColumns(map);
      this.pending = null;
    } else if (this.pending.length >= HEADER_SEARCH_ROWS) {
      this.tryEduarte();
    }
  }

  finish(): ImportResult {
    if (!this.C && this.pending !== null) this.tryEduarte();
    // Every field was checked and limited when its cell was read (the cell parsers are this boundary's validation).
    for (const draft of this.pupils.values()) {
      const pupil: Pupil = { id: draft.id, name: draft.name };
      if (draft.birthDate) pupil.birthDate = draft.birthDate;
      if (draft.group) pupil.group = draft.group;
      if (draft.schoolType) pupil.schoolType = draft.schoolType;
      if (draft.vrijstelling) pupil.vrijstelling = { grond: draft.vrijstelling };
      if (draft.startkwalificatie !== undefined) pupil.startkwalificatie = draft.startkwalificatie;
      this.result.pupils.push(pupil);
    }
    return this.result;
  }

  private useColumns(map: ColumnMap) {
    this.C = columnIndices(map);
    const C = this.C;
    // Most exports have one column that places an absence in the day (a lesuur or a time): key on it alone.
    this.spanColumns = [C.wholeDay, C.fromLesson, C.lesson, C.toLesson, C.startTime, C.endTime].filter((c) => c >= 0);
  }

  private tryEduarte() {
    const rows = this.pending ?? [];
    this.pending = null;
    const firstIndex = rows.findIndex((r) => !isEmptyRow(r));
    if (firstIndex >= 0 && looksLikeEduarteRow(rows[firstIndex]!.map(cellText))) {
      this.result.layout = 'eduarte';
      this.result.columns = {
        id: 'deelnemer', date: 'begindatum', startTime: 'begintijd', endDate: 'einddatum', endTime: 'eindtijd',
        fromLesson: 'beginlesuur', toLesson: 'eindlesuur', reason: 'reden', remark: 'opmerkingen',
      };
      this.useColumns(EDUARTE_COLUMNS);
      rows.forEach((row, i) => this.addRow(row, i + 1));
      return;
    }
    this.result.fatal =
      this.rowCount === 0 || firstIndex < 0
        ? 'Het bestand is leeg.'
        : 'Geen kopregel gevonden met een leerling en een datum (bijvoorbeeld "Leerlingnummer", "Naam" en "Datum"), en ook niet de EduArte-indeling.';
  }

  private problem(row: number, message: string) {
    if (this.result.problems.length < MAX_PROBLEMS) this.result.problems.push({ row, message });
    else this.result.moreProblems++;
  }

  private date(cell: Cell): Parsed<string> {
    if (typeof cell !== 'string') return parseDate(cell, this.referenceYear, this.options.today);
    let hit = this.dateCache.get(cell);
    if (!hit) {
      hit = parseDate(cell, this.referenceYear, this.options.today);
      if (this.dateCache.size < CACHE_LIMIT) this.dateCache.set(cell, hit);
    }
    return hit;
  }

  /**
   * A period in one cell, as EduArte writes it (AbsentieMelding.getBeginEind): "05-10-2026",
   * "05-10-2026 t/m 09-10-2026", "05-10-2026 2e uur", "05-10-2026 2e t/m 4e uur",
   * "05-10-2026 10:00:00 - 10:45:00"; the dates in any of the import's formats.
   */
  private period(raw: string): Parsed<{ date: string; endDate: string; parts: SpanParts }> {
    const value = raw.replace(/\s+/g, ' ').trim();
    const lessons = /^(.*?)\s+(\d{1,2})e(?:\s*uur)?(?:\s*(?:t\/m|-|tot)\s*(\d{1,2})e)?\s*uur$/i.exec(value);
    const times = /^(.*?)\s+(\d{1,2}[:.]\d{2}(?::\d{2})?)\s*(?:-|tot|t\/m)\s*(\d{1,2}[:.]\d{2}(?::\d{2})?)$/i.exec(value);
    const range = /^(.*?)\s+t\/m\s+(.*)$/i.exec(value);
    const head = lessons?.[1] ?? times?.[1] ?? range?.[1] ?? value;
    const date = this.date(head);
    if (!date.ok) return date;
    if (lessons) {
      const from = Number(lessons[2]);
      const to = lessons[3] ? Number(lessons[3]) : from;
      if (from < 1 || to > 16 || to < from) return { ok: false, message: `"${clip(value)}" is geen reeks lesuren` };
      return { ok: true, value: { date: date.value, endDate: date.value, parts: lessonsParts(from, to) } };
    }
    if (times) {
      const start = parseTime(times[2]!);
      const end = parseTime(times[3]!);
      if (!start.ok || !end.ok) return { ok: false, message: `"${clip(value)}" heeft geen geldige tijden` };
      if (end.value <= start.value) return { ok: false, message: `eindtijd ${end.value} ligt niet na begintijd ${start.value}` };
      const single: Span = { kind: 'time', start: start.value, end: end.value };
      return { ok: true, value: { date: date.value, endDate: date.value, parts: { ok: true, single, first: single, last: single } } };
    }
    if (range) {
      const end = this.date(range[2]!);
      if (!end.ok) return end;
      if (end.value < date.value) return { ok: false, message: `einddatum ${end.value} ligt voor de begindatum ${date.value}` };
      return { ok: true, value: { date: date.value, endDate: end.value, parts: WHOLE_DAYS } };
    }
    return { ok: true, value: { date: date.value, endDate: date.value, parts: WHOLE_DAYS } };
  }

  private spanKey(row: readonly Cell[]): string {
    const columns = this.spanColumns;
    return columns.length === 1 ? text(row, columns[0]!) : columns.map((c) => text(row, c)).join('|');
  }

  private addRow(row: readonly Cell[], rowNumber: number): void {
    const C = this.C;
    if (!C || isEmptyRow(row)) return;
    this.result.rowsRead++;
    // Who
    const fullName = text(row, C.name);
    const name = fullName ? limit(fullName, 200) : limit([text(row, C.firstName), text(row, C.infix), text(row, C.lastName)].filter(Boolean).join(' '), 200);
    const id = limit(text(row, C.id), 64) || limit(name, 64);
    if (!id) {
      this.problem(rowNumber, 'geen leerlingnummer en geen naam');
      return;
    }

    // When: a date column, or one cell for the whole period (EduArte's "Datum/tijd").
    let periodParts: SpanParts | undefined;
    let date: Parsed<string>;
    let lastDate: string;
    if (C.date < 0 && C.period >= 0) {
      const period = this.period(text(row, C.period));
      if (!period.ok) {
        this.problem(rowNumber, `datum/tijd: ${period.message}`);
        return;
      }
      date = { ok: true, value: period.value.date };
      lastDate = period.value.endDate;
      periodParts = period.value.parts;
    } else {
      date = this.date(cell(row, C.date));
      if (!date.ok) {
        this.problem(rowNumber, `datum: ${date.message}`);
        return;
      }
      lastDate = date.value;
    }
    if (text(row, C.endDate)) {
      const end = this.date(cell(row, C.endDate));
      if (!end.ok) {
        this.problem(rowNumber, `einddatum: ${end.message}`);
        return;
      }
      if (end.value < date.value) {
        this.problem(rowNumber, `einddatum ${end.value} ligt voor de begindatum ${date.value}`);
        return;
      }
      lastDate = end.value;
    }
    const firstDay = lastDate === date.value ? 0 : isoToDay(date.value);
    const lastDay = lastDate === date.value ? 0 : isoToDay(lastDate);
    if (lastDay - firstDay >= MAX_DAYS_PER_ROW) {
      this.problem(rowNumber, `periode van ${date.value} tot ${lastDate} is langer dan een jaar; niet ingelezen`);
      return;
    }

    const spanKey = this.spanColumns.length === 0 ? '' : this.spanKey(row);
    let parts = periodParts ?? this.spanCache.get(spanKey);
    if (!parts) {
      parts = spanParts(row, C);
      if (this.spanCache.size < CACHE_LIMIT) this.spanCache.set(spanKey, parts);
    }
    if (!parts.ok) {
      this.problem(rowNumber, parts.message);
      return;
    }

    // Why
    let reasonCode = limit(text(row, C.code), 40) || undefined;
    let reasonText = limit(text(row, C.description), 300) || undefined;
    const reason = text(row, C.reason);
    if (reason) {
      const isCode = SHORT_CODE.test(reason);
      if (isCode && !reasonCode) reasonCode = reason;
      // A short word such as "Ziek" is both: a code for the school's table and a text the defaults understand.
      if ((!isCode || categoryFromText(reason)) && !reasonText) reasonText = limit(reason, 300);
    }
    let geoorloofd: Geoorloofd = 'onbekend';
    const flagColumn = text(row, C.geoorloofd) ? C.geoorloofd : text(row, C.ongeoorloofd) ? C.ongeoorloofd : -1;
    if (flagColumn >= 0) {
      const g = parseGeoorloofd(cell(row, flagColumn), flagColumn === C.ongeoorloofd);
      if (!g.ok) {
        this.problem(rowNumber, g.message);
        return;
      }
      geoorloofd = g.value;
    }
    const categoryText = text(row, C.category);
    const categoryKey = C.category < 0 ? (reasonText ?? '') : `${categoryText}\u0000${reasonText ?? ''}`;
    let category = this.categoryCache.get(categoryKey);
    if (!category) {
      category = parseCategory(categoryText) ?? categoryFromText(reasonText) ?? 'absent';
      if (this.categoryCache.size < CACHE_LIMIT) this.categoryCache.set(categoryKey, category);
    }
    const remark = limit(text(row, C.remark), 300) || undefined;
    let minutes: number | undefined;
    if (text(row, C.minutes)) {
      const m = parseMinutes(cell(row, C.minutes));
      if (!m.ok) {
        this.problem(rowNumber, `minuten: ${m.message}`);
        return;
      }
      minutes = m.value;
    }

    // Pupil details: the first row that gives a value wins.
    let draft = this.pupils.get(id);
    if (!draft) {
      draft = { id, name, firstRow: rowNumber };
      this.pupils.set(id, draft);
    }
    if (!draft.name && name) draft.name = name;
    if (!draft.birthDate && text(row, C.birthDate)) {
      const birth = this.date(cell(row, C.birthDate));
      if (birth.ok) draft.birthDate = birth.value;
      else this.problem(rowNumber, `geboortedatum: ${birth.message}`);
    }
    if (!draft.group && text(row, C.group)) draft.group = limit(text(row, C.group), 40);
    if (!draft.vrijstelling && text(row, C.vrijstelling)) draft.vrijstelling = parseVrijstelling(cell(row, C.vrijstelling));
    if (draft.startkwalificatie === undefined && text(row, C.startkwalificatie)) {
      const sk = parseYesNo(cell(row, C.startkwalificatie));
      if (sk.ok) draft.startkwalificatie = sk.value;
      else this.problem(rowNumber, `startkwalificatie: ${sk.message}`);
    }
    if (!draft.schoolType && text(row, C.schoolType)) {
      const t = text(row, C.schoolType).toLowerCase();
      if ((SCHOOL_TYPES as readonly string[]).includes(t)) draft.schoolType = t as SchoolType;
    }

    const source = { kind: 'import' as const, name: this.options.sourceName, row: rowNumber };
    for (let day = firstDay; day <= lastDay; day++) {
      const span: Span = firstDay === lastDay ? parts.single : day === firstDay ? parts.first : day === lastDay ? parts.last : DAY;
      const record: AbsenceRecord = { pupilId: id, date: day === firstDay ? date.value : dayToIso(day), span, category, geoorloofd, source };
      if (minutes !== undefined && firstDay === lastDay) record.minutes = minutes;
      if (reasonCode) record.reasonCode = reasonCode;
      if (reasonText) record.reasonText = reasonText;
      if (remark) record.remark = remark;
      this.result.recordCount++;
      if (this.options.onRecord) this.options.onRecord(record);
      else this.result.records.push(record);
    }
  }
}

function columnIndices(columns: ColumnMap) {
  const index = (field: Field) => columns[field] ?? -1;
  return {
    id: index('id'), name: index('name'), firstName: index('firstName'), infix: index('infix'), lastName: index('lastName'),
    birthDate: index('birthDate'), group: index('group'), schoolType: index('schoolType'), vrijstelling: index('vrijstelling'),
    startkwalificatie: index('startkwalificatie'), remark: index('remark'), period: index('period'),
    date: index('date'), endDate: index('endDate'), reason: index('reason'), code: index('code'), description: index('description'),
    geoorloofd: index('geoorloofd'), ongeoorloofd: index('ongeoorloofd'), category: index('category'), minutes: index('minutes'),
    wholeDay: index('wholeDay'), lesson: index('lesson'), fromLesson: index('fromLesson'), toLesson: index('toLesson'),
    startTime: index('startTime'), endTime: index('endTime'),
  };
}

/** All rows at once (XLSX, tests). */
export function rowsToRecords(rows: readonly (readonly Cell[])[], options: ImportOptions): ImportResult {
  const importer = new RowImporter(options);
  for (let i = 0; i < rows.length; i++) {
    importer.push(rows[i]!);
    if (options.onProgress && (i + 1) % PROGRESS_ROWS === 0) options.onProgress((i + 1) / rows.length, i + 1, importer.pupilCount);
  }
  return importer.finish();
}

type SpanParts = { ok: true; single: Span; first: Span; last: Span } | { ok: false; message: string };
type SpanColumns = Record<'wholeDay' | 'lesson' | 'fromLesson' | 'toLesson' | 'startTime' | 'endTime', number>;

const DAY: Span = { kind: 'day' };
const WHOLE_DAYS: SpanParts = { ok: true, single: DAY, first: DAY, last: DAY };

/**
 * The part of the day a row covers. For a row over several days, the first day runs from its
 * begin (lesuur or time) to the end of the day, the last day from the start until its end, and the
 * days between are whole days. The spans are shared between rows and never changed.
 */
function spanParts(row: readonly Cell[], C: SpanColumns): SpanParts {
  if (text(row, C.wholeDay)) {
    const whole = parseYesNo(cell(row, C.wholeDay));
    if (!whole.ok) return { ok: false, message: `hele dag: ${whole.message}` };
    if (whole.value) return WHOLE_DAYS;
  }
  const fromColumn = text(row, C.fromLesson) ? C.fromLesson : text(row, C.lesson) ? C.lesson : -1;
  if (fromColumn >= 0 || text(row, C.toLesson)) {
    // "3-5" in a single lesuur column is a range.
    const range = fromColumn === C.lesson ? /^(\d{1,2})\s*[-–]\s*(\d{1,2})$/.exec(text(row, C.lesson)) : null;
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a < 1 || b < a || b > 16) return { ok: false, message: `lesuur: "${clip(range[0])}" is geen reeks lesuren` };
      return lessonsParts(a, b);
    }
    const from = fromColumn >= 0 ? parseLesson(cell(row, fromColumn)) : ({ ok: true, value: 1 } as const);
    if (!from.ok) return { ok: false, message: `lesuur: ${from.message}` };
    let to: number | undefined;
    if (text(row, C.toLesson)) {
      const t = parseLesson(cell(row, C.toLesson));
      if (!t.ok) return { ok: false, message: `eindlesuur: ${t.message}` };
      to = t.value;
    } else if (fromColumn === C.lesson) {
      to = from.value;
    }
    const first = Math.max(1, from.value);
    if (to !== undefined && to < first) return { ok: false, message: `eindlesuur ${to} ligt voor beginlesuur ${first}` };
    return lessonsParts(first, to);
  }
  if (text(row, C.startTime) || text(row, C.endTime)) {
    const start = text(row, C.startTime) ? parseTime(cell(row, C.startTime)) : undefined;
    if (start && !start.ok) return { ok: false, message: `begintijd: ${start.message}` };
    const end = text(row, C.endTime) ? parseTime(cell(row, C.endTime)) : undefined;
    if (end && !end.ok) return { ok: false, message: `eindtijd: ${end.message}` };
    const startValue = start?.ok ? start.value : undefined;
    const endValue = end?.ok ? end.value : undefined;
    if (startValue && endValue && endValue <= startValue) {
      return { ok: false, message: `eindtijd ${endValue} ligt niet na begintijd ${startValue}` };
    }
    const single: Span = { kind: 'time', start: startValue ?? '00:00', ...(endValue ? { end: endValue } : {}) };
    const first: Span = startValue ? { kind: 'time', start: startValue } : DAY;
    const last: Span = endValue ? { kind: 'time', start: '00:00', end: endValue } : DAY;
    return { ok: true, single, first, last };
  }
  return WHOLE_DAYS;
}

function lessonsParts(from: number, to: number | undefined): SpanParts {
  // From the first lesuur with no end is the whole day.
  const open: Span = from <= 1 ? DAY : { kind: 'lessons', from };
  const single: Span = to === undefined ? open : { kind: 'lessons', from, to };
  const last: Span = to === undefined ? DAY : { kind: 'lessons', from: 1, to };
  return { ok: true, single, first: open, last };
}

function cell(row: readonly Cell[], index: number): Cell {
  return index < 0 ? undefined : row[index];
}

/** A cell's trimmed text; plain CSV strings without surrounding spaces are returned as they are. */
function text(row: readonly Cell[], index: number): string {
  if (index < 0) return '';
  const value = row[index];
  if (typeof value === 'string') {
    const n = value.length;
    return n === 0 || (value.charCodeAt(0) > 32 && value.charCodeAt(n - 1) > 32) ? value : value.trim();
  }
  return cellText(value);
}

function isEmptyRow(row: readonly Cell[]): boolean {
  for (let i = 0; i < row.length; i++) if (text(row, i) !== '') return false;
  return true;
}

/** Stored values are limited in length; they are shown as text, never as markup. */
function limit(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
