import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { legacySecretItem } from '../../components/storage.ts';
import { Store } from '../../components/store/db.ts';
import { createBackup, inspectieSecret, restoreBackup, wipeEverything } from '../../components/store/data.ts';

let n = 0;
const stores: Store[] = [];
function fresh(): Store {
  const store = new Store(`secret-${++n}`);
  stores.push(store);
  return store;
}
afterEach(async () => {
  fakeBrowser.reset();
  for (const s of stores.splice(0)) {
    s.close();
    await s.delete();
  }
});

describe('the Inspectie secret lives in the extension database, not in storage.local', () => {
  it('is made once, 64 hex digits, and never written to storage.local (content scripts can read that)', async () => {
    const store = fresh();
    const [a, b] = await Promise.all([inspectieSecret(store), inspectieSecret(store)]);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
    expect(await inspectieSecret(store)).toBe(a);
    expect(await legacySecretItem.getValue()).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(a);
  });

  it('moves a secret an older version kept in storage.local, so pseudonyms stay the same', async () => {
    const old = 'ab'.repeat(32);
    await legacySecretItem.setValue(old);
    const store = fresh();
    expect(await inspectieSecret(store)).toBe(old);
    expect(await legacySecretItem.getValue()).toBeNull();
  });

  it('travels in a backup, comes back with a restore and is gone after a wipe', async () => {
    const store = fresh();
    const secret = await inspectieSecret(store);
    const backup = await createBackup(store);
    expect(backup.inspectieSecret).toBe(secret);
    await wipeEverything(store);
    const made = await inspectieSecret(store);
    expect(made).not.toBe(secret);
    await restoreBackup(backup, store);
    expect(await inspectieSecret(store)).toBe(secret);
  });
});
