import type { AbsenceRecord } from '../model.ts';
import { CATEGORIES, type Category, type Geoorloofd } from '../vocabulary.ts';
import type { ReasonCode } from '../settings.ts';

/**
 * Default reading of reason *texts* (not letters: every school has its own codes, HOSTS.md §6).
 * Based on Leerplichtwet art. 11 (ziekte, schorsing, verlof are geoorloofd) and the defaults dapto ships
 * ("afwezig zonder bericht/geldige reden" ongeoorloofd). First match wins, so the more specific come first.
 */
export const DEFAULT_REASON_TEXTS: readonly { pattern: RegExp; category?: Category; geoorloofd?: Geoorloofd }[] = [
  { pattern: /\bte\s*laat\b|\btelaat\b/i, category: 'te-laat' },
  { pattern: /uitgestuurd|uit de les|verwijder|eruit gestuurd|er uit gestuurd/i, category: 'verwijderd' },
  { pattern: /huiswerk|boek(en)? vergeten|materiaal/i, category: 'overig' },
  { pattern: /ongeoorloofd|spijbel|zonder (geldige )?(reden|bericht)|niet verschenen/i, category: 'absent', geoorloofd: 'nee' },
  { pattern: /ziek/i, category: 'ziek', geoorloofd: 'ja' },
  { pattern: /verlof|religi|vakantieverlof|gewichtige omstandigheden/i, category: 'verlof', geoorloofd: 'ja' },
  { pattern: /schorsing|geschorst/i, category: 'absent', geoorloofd: 'ja' },
  { pattern: /tandarts|huisarts|dokter|arts|orthodont|ziekenhuis|medisch|fysio/i, category: 'absent', geoorloofd: 'ja' },
  { pattern: /geoorloofd/i, category: 'absent', geoorloofd: 'ja' },
  { pattern: /absent|afwezig/i, category: 'absent' },
];

/** What a reason text says about the category, for importers that have nothing better. */
export function categoryFromText(text: string | undefined): Category | undefined {
  if (!text) return undefined;
  return DEFAULT_REASON_TEXTS.find((r) => r.pattern.test(text))?.category;
}

export interface ResolvedReason {
  category: Category;
  /** absent, ziek, verlof or verwijderd: the pupil was not in the lesson. */
  absence: boolean;
  geoorloofd: Geoorloofd;
  /** How geoorloofd was decided, for the explanation. */
  basis: ReasonBasis;
  /** The code or text as the source gave it, for the explanation ("Z"). */
  label: string;
  /** The words that decided it, when they came from a text or a remark ("Hele week ziek gemeld door vader"). */
  evidence?: string;
}

export type ReasonBasis = 'bron' | 'codetabel' | 'omschrijving' | 'opmerking' | 'categorie' | 'onbekend';

/** A host's coarse kind ("Absent") that a more specific reason text may refine. */
const COARSE: ReadonlySet<Category> = new Set(['absent']);
/** What a reason text or remark may turn a coarse kind into: a host's "Absent" never overrides "Ziek" or "Verlof". */
const REFINES: ReadonlySet<Category> = new Set(['ziek', 'verlof']);

/**
 * Resolves a record's effective category and geoorloofd status from everything the source gives:
 * the record's own flag, then the school's code table, then the reason text, then the remark (only
 * when the code table does not know the code). Results are cached per distinct (flag, category,
 * code, text, remark), which keeps two million records to a few hundred lookups.
 */
export class ReasonResolver {
  private readonly byCode = new Map<string, ReasonCode>();
  /** (flag, category) slot → code → text → entry; nested so a lookup allocates nothing. */
  private readonly cache: (Map<string, Map<string, Entry>> | undefined)[] = [];
  private readonly entries: Entry[] = [];
  /** Remarks are free text and mostly unique: looked up only when the code and text leave a question open. */
  private readonly remarkCache = new Map<string, Entry>();
  // The last lookup, as plain fields: no allocation per record.
  private lastCode: string | undefined;
  private lastText: string | undefined;
  private lastRemark: string | undefined;
  /** Whether the last reading could depend on the remark. */
  private lastRemarkOpen = false;
  private lastCategory: Category | undefined;
  private lastGeoorloofd: Geoorloofd | undefined;
  private lastEntry: Entry | undefined;

  constructor(table: readonly ReasonCode[]) {
    for (const row of table) this.byCode.set(row.code.toLowerCase(), row);
  }

  resolve(record: ReasonFields): ResolvedReason {
    // Consecutive records of one pupil usually carry the same reason. The remark is only compared when it
    // could change the reading: most records have none, and reading a missing field costs.
    const last = this.lastEntry;
    if (
      last &&
      this.lastCode === record.reasonCode &&
      this.lastText === record.reasonText &&
      this.lastCategory === record.category &&
      this.lastGeoorloofd === record.geoorloofd &&
      (!this.lastRemarkOpen || this.lastRemark === record.remark)
    ) {
      last.count++;
      return last.result;
    }
    const slot = FLAG_SLOT[record.geoorloofd] * CATEGORIES.length + CATEGORY_SLOT[record.category];
    let byCode = this.cache[slot];
    if (!byCode) this.cache[slot] = byCode = new Map();
    const code = record.reasonCode ?? '';
    let byText = byCode.get(code);
    if (!byText) byCode.set(code, (byText = new Map()));
    const text = record.reasonText ?? '';
    let entry = byText.get(text);
    if (!entry) {
      entry = { result: this.compute(record, undefined), code: record.reasonCode, text: record.reasonText, count: 0, remarkOpen: false };
      entry.remarkOpen = this.remarkCouldDecide(record, entry.result);
      byText.set(text, entry);
      this.entries.push(entry);
    }
    this.lastRemarkOpen = entry.remarkOpen;
    if (entry.remarkOpen) {
      const remark = record.remark;
      this.lastRemark = remark;
      if (remark) {
        const key = `${slot}\u0000${code}\u0000${text}\u0000${remark}`;
        let withRemark = this.remarkCache.get(key);
        if (!withRemark) {
          const result = this.compute(record, remark);
          withRemark = result.basis === 'opmerking' || result.category !== entry.result.category
            ? { result, code: record.reasonCode, text: record.reasonText, count: 0, remarkOpen: false }
            : entry;
          if (this.remarkCache.size < 50_000) this.remarkCache.set(key, withRemark);
          if (withRemark !== entry) this.entries.push(withRemark);
        }
        entry = withRemark;
      }
    }
    entry.count++;
    this.lastCode = record.reasonCode;
    this.lastText = record.reasonText;
    this.lastCategory = record.category;
    this.lastGeoorloofd = record.geoorloofd;
    this.lastEntry = entry;
    return entry.result;
  }

  /** Absence reasons nobody gave a geoorloofd status, most used first: the school's code table should name them. */
  unresolved(): { code?: string; text?: string; count: number }[] {
    const counts = new Map<string, { code?: string; text?: string; count: number }>();
    for (const e of this.entries) {
      if (e.result.geoorloofd !== 'onbekend' || !e.result.absence) continue;
      const key = `${e.code ?? ''}\u0000${e.text ?? ''}`;
      const known = counts.get(key);
      if (known) known.count += e.count;
      else counts.set(key, { code: e.code, text: e.text, count: e.count });
    }
    return [...counts.values()].sort((a, b) => b.count - a.count);
  }

  /** The remark is read only when the code table does not know the code and nothing else settled the status or refined the kind. */
  private remarkCouldDecide(record: ReasonFields, result: ResolvedReason): boolean {
    const coded = record.reasonCode ? this.byCode.get(record.reasonCode.toLowerCase()) : undefined;
    if (coded) return false;
    return result.geoorloofd === 'onbekend' || (COARSE.has(result.category) && result.basis !== 'omschrijving');
  }

  private compute(record: ReasonFields, remark: string | undefined): ResolvedReason {
    const resolved = this.decide(record, remark);
    return { ...resolved, absence: ABSENCE_CATEGORIES.has(resolved.category), label: record.reasonCode ?? record.reasonText ?? '' };
  }

  private decide(record: ReasonFields, remark: string | undefined): Omit<ResolvedReason, 'absence' | 'label'> {
    const coded = record.reasonCode ? this.byCode.get(record.reasonCode.toLowerCase()) : undefined;
    const text = record.reasonText ?? coded?.description;
    const byText = text ? DEFAULT_REASON_TEXTS.find((r) => r.pattern.test(text)) : undefined;
    const byRemark = remark ? DEFAULT_REASON_TEXTS.find((r) => r.pattern.test(remark)) : undefined;
    let category = coded?.category ?? record.category;
    let categoryFrom: 'omschrijving' | 'opmerking' | undefined;
    if (!coded?.category && COARSE.has(category)) {
      if (byText?.category && REFINES.has(byText.category)) {
        category = byText.category;
        categoryFrom = 'omschrijving';
      } else if (byRemark?.category && REFINES.has(byRemark.category)) {
        category = byRemark.category;
        categoryFrom = 'opmerking';
      }
    }
    if (record.geoorloofd !== 'onbekend') {
      return categoryFrom === 'opmerking'
        ? { category, geoorloofd: record.geoorloofd, basis: 'opmerking', evidence: remark }
        : { category, geoorloofd: record.geoorloofd, basis: 'bron' };
    }
    if (coded?.geoorloofd && coded.geoorloofd !== 'onbekend') {
      return { category, geoorloofd: coded.geoorloofd, basis: 'codetabel' };
    }
    if (byText?.geoorloofd) return { category, geoorloofd: byText.geoorloofd, basis: 'omschrijving', evidence: text };
    if (byRemark?.geoorloofd && (byRemark.category === undefined || byRemark.category === category || categoryFrom === 'opmerking')) {
      return { category, geoorloofd: byRemark.geoorloofd, basis: 'opmerking', evidence: remark };
    }
    if (category === 'ziek' || category === 'verlof') {
      return categoryFrom ? { category, geoorloofd: 'ja', basis: categoryFrom, evidence: categoryFrom === 'opmerking' ? remark : text } : { category, geoorloofd: 'ja', basis: 'categorie' };
    }
    return { category, geoorloofd: 'onbekend', basis: 'onbekend' };
  }
}

type ReasonFields = Pick<AbsenceRecord, 'category' | 'geoorloofd' | 'reasonCode' | 'reasonText' | 'remark'>;
interface Entry {
  result: ResolvedReason;
  code?: string;
  text?: string;
  count: number;
  /** Whether a record's remark could still change this result. */
  remarkOpen: boolean;
}
const ABSENCE_CATEGORIES: ReadonlySet<Category> = new Set(['absent', 'verwijderd', 'ziek', 'verlof']);
const FLAG_SLOT: Record<Geoorloofd, number> = { ja: 0, nee: 1, onbekend: 2 };
const CATEGORY_SLOT = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>;

/** "Z: uit de opmerking 'Hele week ziek gemeld door vader'" — how one reason was read. */
export function describeReason(r: ResolvedReason, lang: 'nl' | 'en' = 'nl'): string {
  const nl = lang === 'nl';
  const status = r.geoorloofd === 'ja' ? (nl ? 'geoorloofd' : 'authorised') : r.geoorloofd === 'nee' ? (nl ? 'ongeoorloofd' : 'unauthorised') : nl ? 'status onbekend' : 'status unknown';
  const quote = r.evidence ? ` '${r.evidence.length > 60 ? `${r.evidence.slice(0, 59)}…` : r.evidence}'` : '';
  const how: Record<ReasonBasis, string> = nl
    ? { bron: 'zo vastgelegd in de bron', codetabel: 'uit de codetabel van de school', omschrijving: `uit de omschrijving${quote}`, opmerking: `uit de opmerking${quote}`, categorie: 'uit de soort registratie', onbekend: 'niet vastgelegd' }
    : { bron: 'as recorded in the source', codetabel: "from the school's code table", omschrijving: `from the description${quote}`, opmerking: `from the remark${quote}`, categorie: 'from the kind of registration', onbekend: 'not recorded' };
  return `${r.label || (nl ? '(geen code)' : '(no code)')}: ${r.category}, ${status} — ${how[r.basis]}`;
}
