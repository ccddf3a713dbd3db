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
  basis: 'bron' | 'codetabel' | 'omschrijving' | 'categorie' | 'onbekend';
}

/**
 * Resolves a record's effective category and geoorloofd status. Results are cached per distinct
 * (flag, category, code, text), which keeps two million records to a few hundred lookups.
 */
export class ReasonResolver {
  private readonly byCode = new Map<string, ReasonCode>();
  /** (flag, category) slot → code → text → entry; nested so a lookup allocates nothing. */
  private readonly cache: (Map<string, Map<string, Entry>> | undefined)[] = [];
  private readonly entries: Entry[] = [];
  // The last lookup, as plain fields: no allocation per record.
  private lastCode: string | undefined;
  private lastText: string | undefined;
  private lastCategory: Category | undefined;
  private lastGeoorloofd: Geoorloofd | undefined;
  private lastEntry: Entry | undefined;

  constructor(table: readonly ReasonCode[]) {
    for (const row of table) this.byCode.set(row.code.toLowerCase(), row);
  }

  resolve(record: ReasonFields): ResolvedReason {
    // Consecutive records of one pupil usually carry the same reason.
    const last = this.lastEntry;
    if (
      last &&
      this.lastCode === record.reasonCode &&
      this.lastText === record.reasonText &&
      this.lastCategory === record.category &&
      this.lastGeoorloofd === record.geoorloofd
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
      entry = { result: this.compute(record), code: record.reasonCode, text: record.reasonText, count: 0 };
      byText.set(text, entry);
      this.entries.push(entry);
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
    return this.entries
      .filter((e) => e.result.geoorloofd === 'onbekend' && e.result.absence)
      .map(({ code, text, count }) => ({ code, text, count }))
      .sort((a, b) => b.count - a.count);
  }

  private compute(record: ReasonFields): ResolvedReason {
    const resolved = this.decide(record);
    return { ...resolved, absence: ABSENCE_CATEGORIES.has(resolved.category) };
  }

  private decide(record: ReasonFields): Omit<ResolvedReason, 'absence'> {
    const coded = record.reasonCode ? this.byCode.get(record.reasonCode.toLowerCase()) : undefined;
    const category = coded?.category ?? record.category;
    if (record.geoorloofd !== 'onbekend') return { category, geoorloofd: record.geoorloofd, basis: 'bron' };
    if (coded?.geoorloofd && coded.geoorloofd !== 'onbekend') {
      return { category, geoorloofd: coded.geoorloofd, basis: 'codetabel' };
    }
    const text = record.reasonText ?? coded?.description;
    const byText = text ? DEFAULT_REASON_TEXTS.find((r) => r.pattern.test(text) && r.geoorloofd) : undefined;
    if (byText?.geoorloofd) return { category, geoorloofd: byText.geoorloofd, basis: 'omschrijving' };
    if (category === 'ziek' || category === 'verlof') return { category, geoorloofd: 'ja', basis: 'categorie' };
    return { category, geoorloofd: 'onbekend', basis: 'onbekend' };
  }
}

type ReasonFields = Pick<AbsenceRecord, 'category' | 'geoorloofd' | 'reasonCode' | 'reasonText'>;
interface Entry {
  result: ResolvedReason;
  code?: string;
  text?: string;
  count: number;
}
const ABSENCE_CATEGORIES: ReadonlySet<Category> = new Set(['absent', 'verwijderd', 'ziek', 'verlof']);
const FLAG_SLOT: Record<Geoorloofd, number> = { ja: 0, nee: 1, onbekend: 2 };
const CATEGORY_SLOT = Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>;
