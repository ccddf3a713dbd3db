/**
 * Reading a page of any host system: its own reader (lib/hosts/<system>/) first, then the generic
 * one. ParnasSys, ESIS and Kindkans-style SWV portals have no published markup (HOSTS.md §3, §4):
 * their pages are read by the generic reader, which recognises any absence table by its headers.
 */
import { genericAdapter } from './generic/reader.ts';
import { readIdentity } from './generic/identity.ts';
import { pageJsonKind, readPageJson } from './pageData.ts';
import { readEduarteMarkup } from './eduarte/markup.ts';
import { readMagisterMarkup } from './magister/markup.ts';
import { readSomtodayMarkup } from './somtoday/markup.ts';
import { readListInfo } from './generic/listInfo.ts';
import { learnedFor, readLearned, type LearnedPage } from './generic/learned.ts';
import { MAX_PAGE_RECORDS, MAX_RESPONSE_ITEMS } from './json.ts';
import { KNOWN_SYSTEMS, systemForHost } from './systems.ts';
import type { AbsenceRecord } from '../model.ts';
import type { HostAdapter, PageReading, ReadContext, SystemId } from './types.ts';

export { KNOWN_SYSTEMS, PAGE_DATA_MATCHES, systemForHost } from './systems.ts';

/** The systems with a reader of their own; the others are read by the generic reader. */
const READERS: Partial<Record<SystemId, (root: ParentNode, context: ReadContext) => Promise<PageReading | null>>> = {
  magister: readMagisterMarkup,
  somtoday: readSomtodayMarkup,
  eduarte: readEduarteMarkup,
};

/**
 * Reads a page: the host's own reader first, then the generic one. Demo and test pages name the
 * system they imitate with <meta name="ts-demo-system">, so the same readers run on localhost.
 */
export async function readPage(root: ParentNode, hostname: string, context: ReadContext, hint?: string | null): Promise<PageReading | null> {
  const system = hint && KNOWN_SYSTEMS.some((s) => s.system === hint) ? (hint as SystemId) : systemForHost(hostname);
  const own = READERS[system];
  const reading = (await own?.(root, context)) ?? (await genericAdapter.read(root, context));
  if (reading && reading.system === 'generiek' && system !== 'generiek') reading.system = system;
  if (reading) reading.info = { ...reading.info, ...readListInfo(root) };
  return reading;
}

/**
 * Absences from the data the page itself loaded (Magister's absenties, Somtoday's absentiemeldingen
 * and registratieOverzicht). The page's markup still names the pupil and places the badge.
 */
/** Items per slice of a long list: one slice takes ~20 ms, so a page handing over huge lists is never frozen. */
const ITEMS_PER_SLICE = 1_000;

/** A long `items` list (Somtoday's, Magister's `Items`) in slices of the same shape; anything else whole. */
function slices(json: unknown): unknown[] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return [json];
  for (const key of ['items', 'Items'] as const) {
    const list = (json as Record<string, unknown>)[key];
    if (!Array.isArray(list) || list.length <= ITEMS_PER_SLICE) continue;
    const parts: unknown[] = [];
    for (let i = 0; i < list.length; i += ITEMS_PER_SLICE) parts.push({ ...json, [key]: list.slice(i, i + ITEMS_PER_SLICE) });
    return parts;
  }
  return [json];
}

export async function readPageData(
  root: ParentNode, items: readonly { url: string; json: unknown }[], system: SystemId, today: string,
  yieldToPage: () => Promise<void> = async () => {},
): Promise<PageReading | null> {
  const identity = readIdentity(root);
  const records: AbsenceRecord[] = [];
  const pupils = new Map<string, { id: string; name: string }>();
  let skipped = 0;
  let truncated = false;
  for (const item of items) {
    const kind = pageJsonKind(item.url);
    if (!kind) continue;
    const persoon = /\/personen\/(\d+)\//.exec(item.url)?.[1];
    const pupilId = identity.id || identity.name || persoon || 'leerling-op-deze-pagina';
    for (const [i, part] of slices(item.json).entries()) {
      // All responses together are bounded as one page: once full, the rest is not read at all.
      if (records.length >= MAX_PAGE_RECORDS) {
        truncated = true;
        break;
      }
      if (i * ITEMS_PER_SLICE >= MAX_RESPONSE_ITEMS) {
        truncated = true;
        break;
      }
      if (i > 0) await yieldToPage();
      const result = readPageJson(kind, part, pupilId, today);
      skipped += result.skipped;
      truncated ||= !!result.truncated;
      const room = MAX_PAGE_RECORDS - records.length;
      if (result.records.length > room) {
        skipped += result.records.length - room;
        truncated = true;
      }
      for (const r of result.records.slice(0, Math.max(0, room))) records.push(r);
      for (const p of result.pupils) if (!pupils.has(p.id)) pupils.set(p.id, { id: p.id, name: p.name || (p.id === pupilId ? (identity.name ?? '') : '') });
    }
  }
  if (records.length === 0) return null;
  const withRecords = new Set(records.map((r) => r.pupilId));
  const list = [...pupils.values()].filter((p) => withRecords.has(p.id));
  const anchor = identity.anchor ?? root.querySelector('h1') ?? null;
  const anchors = new Map<string, Element>();
  if (anchor && list.length === 1) anchors.set(list[0]!.id, anchor);
  return {
    system, kind: list.length > 1 ? 'groep' : 'leerling', pupils: list, records, anchors,
    problems: skipped > 0 ? [`${skipped} registratie(s) in de gegevens van de pagina niet herkend`] : [],
    source: (root as Document).body ?? (root as Element),
    info: { source: 'gegevens', skipped, ...(truncated ? { truncated: { bound: MAX_PAGE_RECORDS } } : {}) },
  };
}

export { genericAdapter };
export type { HostAdapter, PageReading, ReadContext, SystemId };

/** Everything a page offers to be read from. */
export interface PageSources {
  /** Absence data the page loaded itself (handed over by the page-data script). */
  pageData: readonly { url: string; json: unknown }[];
  /** Pages the school taught ("Leer deze pagina"). */
  learned: readonly LearnedPage[];
  hostname: string;
  pathname: string;
  /** <meta name="ts-demo-system"> on demo and test pages. */
  hint?: string | null;
  context: ReadContext;
}

/**
 * The page read the most stable way it allows: the data the page loaded itself, then a mapping the
 * school taught, then the markup. A single pupil's page also yields the BSN or onderwijsnummer it
 * shows (PageReading.personNumber), for the DUO melding only.
 */
export async function readShownPage(root: ParentNode, sources: PageSources): Promise<PageReading | null> {
  const { pageData, learned, hostname, pathname, hint, context } = sources;
  const system = (hint && KNOWN_SYSTEMS.some((s) => s.system === hint) ? (hint as SystemId) : null) ?? systemForHost(hostname);
  const taught = learnedFor(learned, hostname, pathname);
  const reading =
    (pageData.length > 0 ? await readPageData(root, pageData, system, context.today, context.yieldToPage) : null) ??
    (taught.length > 0 ? await readLearned(root, taught, context) : null) ??
    (await readPage(root, hostname, context, hint));
  if (reading?.kind === 'leerling') {
    const { personNumber } = readIdentity(root);
    if (personNumber) reading.personNumber = personNumber;
  }
  return reading;
}
