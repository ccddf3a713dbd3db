/**
 * Rows of an absence export (CSV or XLSX, already split into cells) → pupils and absence records.
 * A bad row gets a message with its row number; the good rows are still used.
 */
import { dayToIso, isoToDay } from '../calendar/days.ts';
import {
  pupilSchema, SCHOOL_TYPES, type AbsenceRecord, type Category, type Geoorloofd, type Pupil, type SchoolType, type Span, type VrijstellingGrond,
} from '../model.ts';
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
  records: AbsenceRecord[];
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
}

const MAX_PROBLEMS = 500;
/** A record spanning more days than this is refused rather than expanded (a typo or a hostile file). */
const MAX_DAYS_PER_ROW = 366;
const HEADER_SEARCH_ROWS = 10;
const SHORT_CODE = /^[A-Za-z0-9+*#-]{1,4}$/;

interface PupilDraft {
  id: string;
  name: string;
  birthDate?: string;
  group?: string;
  schoolType?: SchoolType;
  vrijstelling?: VrijstellingGrond;
  firstRow: number;
}

export function rowsToRecords(rows: readonly (readonly Cell[])[], options: ImportOptions): ImportResult {
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  const result: ImportResult = {
    sourceName: options.sourceName, layout: 'kolomkoppen', pupils: [], records: [], problems: [], moreProblems: 0,
    rowsRead: 0, ignoredColumns: [], columns: {},
  };
  const problem = (row: number, message: string) => {
    if (result.problems.length < MAX_PROBLEMS) result.problems.push({ row, message });
    else result.moreProblems++;
  };

  let columns: ColumnMap | undefined;
  let dataStart = 0;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const headers = rows[i]!.map(cellText);
    const { map, unknown } = mapHeaders(headers);
    if (looksLikeHeader(map)) {
      columns = map;
      dataStart = i + 1;
      result.ignoredColumns = unknown;
      for (const [field, index] of Object.entries(map)) result.columns[field as Field] = headers[index]!;
      break;
    }
  }
  if (!columns) {
    const first = rows.find((r) => r.some((c) => cellText(c) !== ''));
    if (first && looksLikeEduarteRow(first.map(cellText))) {
      columns = EDUARTE_COLUMNS;
      result.layout = 'eduarte';
      result.columns = { id: 'deelnemer', date: 'begindatum', startTime: 'begintijd', endDate: 'einddatum', endTime: 'eindtijd', fromLesson: 'beginlesuur', toLesson: 'eindlesuur', reason: 'reden', remark: 'opmerkingen' };
    } else {
      result.fatal =
        rows.length === 0
          ? 'Het bestand is leeg.'
          : 'Geen kopregel gevonden met een leerling en een datum (bijvoorbeeld "Leerlingnummer", "Naam" en "Datum"), en ook niet de EduArte-indeling.';
      return result;
    }
  }

  const col = columns;
  const dateCache = new Map<string, Parsed<string>>();
  const cachedDate = (cell: Cell): Parsed<string> => {
    if (typeof cell !== 'string') return parseDate(cell, referenceYear);
    let hit = dateCache.get(cell);
    if (!hit) {
      hit = parseDate(cell, referenceYear);
      if (dateCache.size < 10_000) dateCache.set(cell, hit);
    }
    return hit;
  };
  const get = (row: readonly Cell[], field: Field): Cell => {
    const index = col[field];
    return index === undefined ? undefined : row[index];
  };
  const has = (row: readonly Cell[], field: Field) => cellText(get(row, field)) !== '';
  const pupils = new Map<string, PupilDraft>();

  for (let i = dataStart; i < rows.length; i++) {
    const row = rows[i]!;
    const rowNumber = i + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    result.rowsRead++;

    // Who
    const name = has(row, 'name')
      ? clip(cellText(get(row, 'name')), 200)
      : [get(row, 'firstName'), get(row, 'infix'), get(row, 'lastName')].map(cellText).filter(Boolean).join(' ');
    const id = clip(cellText(get(row, 'id')), 64) || clip(name, 64);
    if (!id) {
      problem(rowNumber, 'geen leerlingnummer en geen naam');
      continue;
    }

    // When
    const date = cachedDate(get(row, 'date'));
    if (!date.ok) {
      problem(rowNumber, `datum: ${date.message}`);
      continue;
    }
    let lastDate = date.value;
    if (has(row, 'endDate')) {
      const end = cachedDate(get(row, 'endDate'));
      if (!end.ok) {
        problem(rowNumber, `einddatum: ${end.message}`);
        continue;
      }
      if (end.value < date.value) {
        problem(rowNumber, `einddatum ${end.value} ligt voor de begindatum ${date.value}`);
        continue;
      }
      lastDate = end.value;
    }
    const firstDay = isoToDay(date.value);
    const lastDay = isoToDay(lastDate);
    if (lastDay - firstDay >= MAX_DAYS_PER_ROW) {
      problem(rowNumber, `periode van ${date.value} tot ${lastDate} is langer dan een jaar; niet ingelezen`);
      continue;
    }

    const parts = spanParts(row, get, has);
    if (!parts.ok) {
      problem(rowNumber, parts.message);
      continue;
    }

    // Why
    let reasonCode = has(row, 'code') ? clip(cellText(get(row, 'code')), 40) : undefined;
    let reasonText = has(row, 'description') ? clip(cellText(get(row, 'description')), 300) : undefined;
    if (has(row, 'reason')) {
      const reason = cellText(get(row, 'reason'));
      const isCode = SHORT_CODE.test(reason);
      if (isCode && !reasonCode) reasonCode = reason;
      // A short word such as "Ziek" is both: a code for the school's table and a text the defaults understand.
      if ((!isCode || categoryFromText(reason)) && !reasonText) reasonText = clip(reason, 300);
    }
    let geoorloofd: Geoorloofd = 'onbekend';
    if (has(row, 'geoorloofd') || has(row, 'ongeoorloofd')) {
      const inverted = !has(row, 'geoorloofd');
      const g = parseGeoorloofd(get(row, inverted ? 'ongeoorloofd' : 'geoorloofd'), inverted);
      if (!g.ok) {
        problem(rowNumber, g.message);
        continue;
      }
      geoorloofd = g.value;
    }
    const category: Category = parseCategory(get(row, 'category')) ?? categoryFromText(reasonText) ?? 'absent';
    let minutes: number | undefined;
    if (has(row, 'minutes')) {
      const m = parseMinutes(get(row, 'minutes'));
      if (!m.ok) {
        problem(rowNumber, `minuten: ${m.message}`);
        continue;
      }
      minutes = m.value;
    }

    // Pupil details: the first row that gives a value wins.
    let draft = pupils.get(id);
    if (!draft) {
      draft = { id, name, firstRow: rowNumber };
      pupils.set(id, draft);
    }
    if (!draft.name && name) draft.name = name;
    if (!draft.birthDate && has(row, 'birthDate')) {
      const birth = cachedDate(get(row, 'birthDate'));
      if (birth.ok) draft.birthDate = birth.value;
      else problem(rowNumber, `geboortedatum: ${birth.message}`);
    }
    if (!draft.group && has(row, 'group')) draft.group = clip(cellText(get(row, 'group')), 40);
    if (!draft.vrijstelling && has(row, 'vrijstelling')) draft.vrijstelling = parseVrijstelling(get(row, 'vrijstelling'));
    if (!draft.schoolType && has(row, 'schoolType')) {
      const t = cellText(get(row, 'schoolType')).toLowerCase();
      if ((SCHOOL_TYPES as readonly string[]).includes(t)) draft.schoolType = t as SchoolType;
    }

    const source = { kind: 'import' as const, name: options.sourceName, row: rowNumber };
    for (let day = firstDay; day <= lastDay; day++) {
      const span: Span = firstDay === lastDay ? parts.single : day === firstDay ? parts.first : day === lastDay ? parts.last : { kind: 'day' };
      const record: AbsenceRecord = { pupilId: id, date: day === firstDay ? date.value : dayToIso(day), span, category, geoorloofd, source };
      if (minutes !== undefined && firstDay === lastDay) record.minutes = minutes;
      if (reasonCode) record.reasonCode = reasonCode;
      if (reasonText) record.reasonText = reasonText;
      result.records.push(record);
    }
  }

  for (const draft of pupils.values()) {
    const parsed = pupilSchema.safeParse({
      id: draft.id, name: draft.name, birthDate: draft.birthDate, group: draft.group, schoolType: draft.schoolType,
      vrijstelling: draft.vrijstelling ? { grond: draft.vrijstelling } : undefined,
    });
    if (parsed.success) result.pupils.push(parsed.data);
    else problem(draft.firstRow, `leerling ${clip(draft.id)}: ${parsed.error.issues[0]?.message ?? 'ongeldig'}`);
  }
  return result;
}

type SpanParts = { ok: true; single: Span; first: Span; last: Span } | { ok: false; message: string };

/**
 * The part of the day a row covers. For a row over several days, the first day runs from its
 * begin (lesuur or time) to the end of the day, the last day from the start until its end, and the
 * days between are whole days.
 */
function spanParts(
  row: readonly Cell[],
  get: (row: readonly Cell[], field: Field) => Cell,
  has: (row: readonly Cell[], field: Field) => boolean,
): SpanParts {
  if (has(row, 'wholeDay')) {
    const whole = parseYesNo(get(row, 'wholeDay'));
    if (!whole.ok) return { ok: false, message: `hele dag: ${whole.message}` };
    if (whole.value) return { ok: true, single: { kind: 'day' }, first: { kind: 'day' }, last: { kind: 'day' } };
  }
  const fromField = has(row, 'fromLesson') ? 'fromLesson' : has(row, 'lesson') ? 'lesson' : undefined;
  if (fromField || has(row, 'toLesson')) {
    // "3-5" in a single lesuur column is a range.
    const range = fromField === 'lesson' ? /^(\d{1,2})\s*[-–]\s*(\d{1,2})$/.exec(cellText(get(row, 'lesson'))) : null;
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (a < 1 || b < a || b > 16) return { ok: false, message: `lesuur: "${clip(range[0])}" is geen reeks lesuren` };
      return lessonsParts(a, b);
    }
    const from = fromField ? parseLesson(get(row, fromField)) : ({ ok: true, value: 1 } as const);
    if (!from.ok) return { ok: false, message: `lesuur: ${from.message}` };
    let to: number | undefined;
    if (has(row, 'toLesson')) {
      const t = parseLesson(get(row, 'toLesson'));
      if (!t.ok) return { ok: false, message: `eindlesuur: ${t.message}` };
      to = t.value;
    } else if (fromField === 'lesson') {
      to = from.value;
    }
    const first = Math.max(1, from.value);
    if (to !== undefined && to < first) return { ok: false, message: `eindlesuur ${to} ligt voor beginlesuur ${first}` };
    return lessonsParts(first, to);
  }
  if (has(row, 'startTime') || has(row, 'endTime')) {
    const start = has(row, 'startTime') ? parseTime(get(row, 'startTime')) : undefined;
    if (start && !start.ok) return { ok: false, message: `begintijd: ${start.message}` };
    const end = has(row, 'endTime') ? parseTime(get(row, 'endTime')) : undefined;
    if (end && !end.ok) return { ok: false, message: `eindtijd: ${end.message}` };
    const startValue = start?.ok ? start.value : undefined;
    const endValue = end?.ok ? end.value : undefined;
    if (startValue && endValue && endValue <= startValue) {
      return { ok: false, message: `eindtijd ${endValue} ligt niet na begintijd ${startValue}` };
    }
    const single: Span = { kind: 'time', start: startValue ?? '00:00', ...(endValue ? { end: endValue } : {}) };
    const first: Span = startValue ? { kind: 'time', start: startValue } : { kind: 'day' };
    const last: Span = endValue ? { kind: 'time', start: '00:00', end: endValue } : { kind: 'day' };
    return { ok: true, single, first, last };
  }
  return { ok: true, single: { kind: 'day' }, first: { kind: 'day' }, last: { kind: 'day' } };
}

function lessonsParts(from: number, to: number | undefined): SpanParts {
  // From the first lesuur with no end is the whole day.
  const open: Span = from <= 1 ? { kind: 'day' } : { kind: 'lessons', from };
  const single: Span = to === undefined ? open : { kind: 'lessons', from, to };
  const last: Span = to === undefined ? { kind: 'day' } : { kind: 'lessons', from: 1, to };
  return { ok: true, single, first: open, last };
}
