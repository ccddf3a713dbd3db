/**
 * What the extension keeps, in one place: pupils (only what meldingen and cases need), followed cases,
 * melding drafts and the log. Used by the service worker and the extension pages.
 */
import type { MadeMelding } from '@/lib/meldingen/made';
import type { Acknowledgement } from '@/lib/worklist';
import { isExpired, openCase, type FollowedCase } from '@/lib/cases';
import type { IsoDate } from '@/lib/calendar/days';
import type { MeldingDraft, MeldingKind } from '@/lib/meldingen/record';
import { db, type LogAction, type StoredPupil, type Store } from './db';

export async function addLog(action: LogAction, detail: string, pupilId?: string, store: Store = db()): Promise<void> {
  await store.log.add({ at: new Date().toISOString(), action, detail, pupilId });
}

export async function savePupil(pupil: Omit<StoredPupil, 'updatedAt'>, store: Store = db()): Promise<void> {
  await store.pupils.put({ ...pupil, updatedAt: new Date().toISOString() });
}

/** The case a pupil is followed in: the open one, if any. */
export async function openCaseOf(pupilId: string, store: Store = db()): Promise<FollowedCase | undefined> {
  const cases = await store.cases.where('pupilId').equals(pupilId).toArray();
  return cases.find((c) => !c.closedOn);
}

export async function openCasesOf(pupilIds: readonly string[], store: Store = db()): Promise<Map<string, FollowedCase>> {
  const cases = await store.cases.where('pupilId').anyOf([...pupilIds]).toArray();
  return new Map(cases.filter((c) => !c.closedOn).map((c) => [c.pupilId, c]));
}

/** The meldingen made for these pupils (all of them without ids). */
export async function madeMeldingen(pupilIds?: readonly string[], store: Store = db()): Promise<MadeMelding[]> {
  return pupilIds ? store.made.where('pupilId').anyOf([...pupilIds]).toArray() : store.made.toArray();
}

/** Records meldingen made (one from the draft page, or many from an import); the same id replaces. */
export async function saveMadeMeldingen(made: readonly MadeMelding[], store: Store = db()): Promise<void> {
  await store.made.bulkPut([...made]);
  for (const m of made) {
    await addLog('melding-gedaan', `Melding ${m.kind === 'leerplicht' ? 'leerplicht' : 'samenwerkingsverband'} van ${m.begindatum} gedaan op ${m.gemeldOp}${m.source === 'import' ? ' (geïmporteerd)' : ''}`, m.pupilId, store);
  }
}

export async function acknowledgements(store: Store = db()): Promise<Acknowledgement[]> {
  return store.acks.toArray();
}

/** "Gezien": off the worklist until new absences come in. */
export async function acknowledge(ack: Acknowledgement, store: Store = db()): Promise<void> {
  await store.acks.put(ack);
  await addLog('gezien', `Gezien door ${ack.by}${ack.note ? `: ${ack.note}` : ''}`, ack.pupilId, store);
}

export async function saveCase(c: FollowedCase, store: Store = db()): Promise<void> {
  await store.cases.put(c);
}

/**
 * Starts following a pupil (from the sidebar or the overview): one open case per pupil (an open one is
 * returned as it is), the pupil's details that meldingen and cases need, and a line in the log.
 */
export async function followPupil(
  input: {
    pupil: Omit<StoredPupil, 'updatedAt'>;
    presetId: string;
    signal: Parameters<typeof openCase>[0]['signal'];
    today: IsoDate;
    from: 'pagina' | 'overzicht';
  },
  store: Store = db(),
): Promise<FollowedCase> {
  const existing = await openCaseOf(input.pupil.id, store);
  if (existing) return existing;
  const { pupil, presetId, signal, today } = input;
  const c = openCase({ id: crypto.randomUUID(), pupilId: pupil.id, pupilName: pupil.name || pupil.id, group: pupil.group, presetId, signal, today, now: new Date().toISOString() });
  await savePupil(pupil, store);
  await saveCase(c, store);
  await addLog('zaak-geopend', `Zaak geopend${input.from === 'overzicht' ? ' vanuit het overzicht' : ''} (${presetId})`, pupil.id, store);
  return c;
}

export async function saveDraft(draft: MeldingDraft, store: Store = db()): Promise<void> {
  await store.drafts.put(draft);
}

export async function draftById(id: string, store: Store = db()): Promise<MeldingDraft | undefined> {
  return store.drafts.get(id);
}

/** The most recently edited draft of a kind: what the fill button fills. */
export async function latestDraft(kind: MeldingKind, store: Store = db()): Promise<MeldingDraft | undefined> {
  const drafts = await store.drafts.orderBy('updatedAt').reverse().toArray();
  return drafts.find((d) => d.kind === kind);
}

/**
 * Removes closed cases past the school's retention period, with the drafts and pupil data that only
 * they needed. Returns how many cases went.
 */
export async function purgeExpired(today: string, retentionMonths: number, store: Store = db()): Promise<number> {
  return store.transaction('rw', store.cases, store.drafts, store.pupils, store.log, async () => {
    const cases = await store.cases.toArray();
    const expired = cases.filter((c) => isExpired(c, today, retentionMonths));
    const remaining = new Set(cases.filter((c) => !expired.includes(c)).map((c) => c.pupilId));
    // Drafts of pupils who were never followed also go after the same period.
    const staleDrafts = (await store.drafts.toArray()).filter((d) => !remaining.has(d.pupilId) && isExpired({ closedOn: d.updatedAt.slice(0, 10) }, today, retentionMonths));
    if (expired.length === 0 && staleDrafts.length === 0) return 0;
    await store.cases.bulkDelete(expired.map((c) => c.id));
    await store.drafts.bulkDelete(staleDrafts.map((d) => d.id));
    const gone = [...new Set([...expired.map((c) => c.pupilId), ...staleDrafts.map((d) => d.pupilId)])].filter((id) => !remaining.has(id));
    await store.drafts.where('pupilId').anyOf(gone).delete();
    await store.pupils.bulkDelete(gone);
    await store.log.where('action').anyOf(['melding-concept', 'melding-ingevuld', 'zaak-geopend', 'zaak-fase']).filter((e) => !!e.pupilId && gone.includes(e.pupilId)).delete();
    await addLog('opgeruimd', `${expired.length} afgesloten zaak/zaken na ${retentionMonths} maanden verwijderd`, undefined, store);
    return expired.length;
  });
}

/** Everything the extension keeps about pupils, gone. */
export async function wipeAll(store: Store = db()): Promise<void> {
  // Every table, so a table added in a later schema version is wiped too.
  await store.transaction('rw', store.tables, async () => {
    await Promise.all(store.tables.map((table) => table.clear()));
  });
}
