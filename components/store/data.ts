/**
 * Whole-data operations of the extension pages: backup and restore, the Inspectie register, the
 * pseudonym secret, and the signals of pages visited (kept in session storage: memory only, gone when
 * the browser closes, never readable by content scripts).
 */
import { legacySecretItem, ownHostsItem, seenPupilsItem, settingsItem, WIPED_ITEMS } from '@/components/storage';
import { BACKUP_FORMAT, type Backup } from '@/lib/backup';
import { categoryOf, pseudonymFor, updateRegister, type RegistratieRow } from '@/lib/export/inspectie';
import type { FlaggedPupil } from '@/lib/overview';
import { ownHostsSchema } from '@/lib/ownHosts';
import { storedSettings } from '@/components/settings';
import { db, type Store } from './db';
import { addLog, wipeAll } from './repo';

/**
 * This session's pupils with a signal from pages, bounded: a page could post data for thousands of
 * invented pupils. Per page at most MAX_SEEN_PER_PAGE, in all MAX_SEEN; the oldest go first.
 */
const MAX_SEEN = 2_000;
const MAX_SEEN_PER_PAGE = 200;

const SECRET_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The secret behind the Inspectie pseudonyms, made once. It lives in the extension's database, out of
 * reach of content scripts; one that an older version kept in storage.local is moved there.
 */
export async function inspectieSecret(store: Store = db()): Promise<string> {
  const existing = await store.secrets.get('inspectie');
  if (existing) return existing.value;
  const legacy = await legacySecretItem.getValue();
  const made = legacy && SECRET_PATTERN.test(legacy)
    ? legacy
    : Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
  // Two callers at once must end with one secret: the first one stored wins.
  const value = await store.transaction('rw', store.secrets, async () => {
    const raced = await store.secrets.get('inspectie');
    if (raced) return raced.value;
    await store.secrets.add({ name: 'inspectie', value: made });
    return made;
  });
  if (legacy) await legacySecretItem.removeValue();
  return value;
}

/** Pupils with a signal on the pages visited in this browser session, newest reading first. */
export async function seenPupils(): Promise<FlaggedPupil[]> {
  const value = await seenPupilsItem.getValue();
  return Array.isArray(value) ? (value as FlaggedPupil[]) : [];
}

export async function rememberSeen(pupils: readonly FlaggedPupil[]): Promise<void> {
  if (pupils.length === 0) return;
  const fresh = pupils.slice(0, MAX_SEEN_PER_PAGE);
  const ids = new Set(fresh.map((p) => p.id));
  const kept = (await seenPupils()).filter((p) => !ids.has(p.id));
  let list = [...fresh, ...kept].slice(0, MAX_SEEN);
  // Never let a full store break the page's signals: drop the oldest until it fits.
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      await seenPupilsItem.setValue(list);
      return;
    } catch {
      list = list.slice(0, Math.floor(list.length / 2));
    }
  }
}

/** This round of the thuiszittersregistratie: updates the kept register and returns it. */
export async function inspectieRound(flagged: readonly FlaggedPupil[], today: string, store: Store = db()): Promise<RegistratieRow[]> {
  const secret = await inspectieSecret(store);
  const current = [];
  for (const pupil of flagged) {
    const category = categoryOf(pupil);
    if (category) current.push({ pseudonym: await pseudonymFor(pupil.id, secret), ...category });
  }
  const rows = updateRegister(await store.registratie.toArray(), current, today);
  await store.registratie.bulkPut(rows);
  await addLog('export', `Thuiszittersregistratie: ${rows.length} rijen (${current.length} actueel)`, undefined, store);
  return rows;
}

export async function createBackup(store: Store = db()): Promise<Backup> {
  const [pupils, cases, drafts, log, registratie, made, acks] = await Promise.all([
    store.pupils.toArray(), store.cases.toArray(), store.drafts.toArray(), store.log.toArray(), store.registratie.toArray(), store.made.toArray(), store.acks.toArray(),
  ]);
  const hosts = ownHostsSchema.safeParse((await ownHostsItem.getValue()) ?? []);
  await addLog('backup', `Back-up: ${cases.length} zaken, ${drafts.length} meldingen`, undefined, store);
  return {
    format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(),
    settings: await storedSettings(), ownHosts: hosts.success ? hosts.data : [], inspectieSecret: await inspectieSecret(store),
    tables: { pupils, cases, drafts, log, registratie, made, acks },
  };
}

/** Replaces all data with the backup's, in one transaction: either all of it, or nothing changes. */
export async function restoreBackup(backup: Backup, store: Store = db()): Promise<void> {
  const tables = [store.pupils, store.cases, store.drafts, store.log, store.registratie, store.made, store.acks];
  await store.transaction('rw', [...tables, store.secrets], async () => {
    await Promise.all(tables.map((t) => t.clear()));
    if (backup.inspectieSecret) await store.secrets.put({ name: 'inspectie', value: backup.inspectieSecret });
    await store.pupils.bulkPut(backup.tables.pupils);
    await store.cases.bulkPut(backup.tables.cases);
    await store.drafts.bulkPut(backup.tables.drafts);
    await store.log.bulkPut(backup.tables.log);
    await store.registratie.bulkPut(backup.tables.registratie);
    await store.made.bulkPut(backup.tables.made);
    await store.acks.bulkPut(backup.tables.acks);
  });
  await settingsItem.setValue(backup.settings);
  // Own sites come back in the list; the browser asks permission again when the school re-adds them.
  await ownHostsItem.setValue(backup.ownHosts);
  await addLog('herstel', `Hersteld uit back-up van ${backup.createdAt.slice(0, 10)}`, undefined, store);
}

/**
 * Everything the extension keeps, gone: the database, this session's page signals, the school's
 * settings (back to the defaults), the pages it was taught and the pseudonym secret. The sites the
 * school added stay listed in Options (removing one there returns its permission).
 */
export async function wipeEverything(store: Store = db()): Promise<void> {
  await wipeAll(store);
  await Promise.all(WIPED_ITEMS.map((item) => item.removeValue({ removeMeta: true })));
}
