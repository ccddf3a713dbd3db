import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SchoolCalendar } from '../../lib/calendar/schoolCalendar.ts';
import { caseView } from '../../lib/cases.ts';
import { draftFields, draftProblems } from '../../lib/meldingen/record.ts';
import { madeMeldingSchema } from '../../lib/meldingen/made.ts';
import { acknowledgementSchema } from '../../lib/worklist.ts';
import { resolveSettings, type SettingsInput } from '../../lib/settings.ts';
import { settingsV1toV2 } from '../../lib/settingsMigrations.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS, Store } from '../../components/store/db.ts';
import { acknowledgements, latestDraft, madeMeldingen, openCaseOf } from '../../components/store/repo.ts';
import { inspectieSecret } from '../../components/store/data.ts';
import { settingsItem } from '../../components/storage.ts';
import { storedSettings } from '../../components/settings.ts';

const fixture = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8'));
const ROWS = fixture('store/rows-by-version.json') as Record<string, Record<string, unknown[]>>;

const opened: Store[] = [];
afterEach(async () => {
  fakeBrowser.reset();
  for (const s of opened.splice(0)) {
    s.close();
    await s.delete();
  }
});

describe('every schema version of the database, with the rows it wrote, opens in today’s version', () => {
  for (const { version } of SCHEMA_VERSIONS) {
    it(`from version ${version}`, async () => {
      const name = `frozen-from-${version}`;
      const old = new Store(name, version);
      // The rows each version up to this one wrote, exactly as frozen.
      for (let v = 1; v <= version; v++) {
        for (const [table, rows] of Object.entries(ROWS[String(v)] ?? {})) await old.table(table).bulkPut(rows);
      }
      old.close();
      const store = new Store(name);
      opened.push(store);
      expect(store.verno).toBe(CURRENT_VERSION);

      // Read through today's code, as the pages do.
      const c = (await openCaseOf('900101', store))!;
      expect(c.id).toBe('c-v1');
      expect(caseView(c, new SchoolCalendar(), '2025-10-08').phaseName).toBeTruthy();
      const duo = (await latestDraft('leerplicht', store))!;
      // A reason that version 1 allowed (2,000 characters) is over today's DUO limit: kept, and the draft says so.
      expect(duo.kind === 'leerplicht' && duo.input.vermoedelijkeReden.length).toBeGreaterThan(200);
      expect(draftProblems(duo).join(' ')).toMatch(/Vermoedelijke reden is te lang \(ten hoogste 200 tekens\)/);
      expect(draftFields((await latestDraft('swv', store))!).ok).toBe(true);
      expect(await store.pupils.get('900101')).toMatchObject({ name: 'Daan Voorbeeld', birthDate: '2015-03-02' });
      expect(await store.log.count()).toBe(1);
      if (version >= 2) expect(await store.registratie.get('p-3f2a:2025-09-08')).toMatchObject({ category: '4-weken-3-maanden' });
      if (version >= 3) expect(await inspectieSecret(store)).toBe('ab'.repeat(32));
      if (version >= 4) {
        for (const m of await madeMeldingen(['900101'], store)) expect(madeMeldingSchema.safeParse(m).success).toBe(true);
        for (const a of await acknowledgements(store)) expect(acknowledgementSchema.safeParse(a).success).toBe(true);
      }
    });
  }
});

describe('every storage version of the settings, frozen, reads as today’s settings', () => {
  const v1 = fixture('storage/settings-v1.json').value;
  const v2 = fixture('storage/settings-v2.json').value;

  it('version 1 (one timetable for all weekdays, lookbackWeeks) migrates to version 2 on start', async () => {
    await fakeBrowser.storage.local.set({ settings: v1 });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    const stored = await storedSettings();
    const settings = resolveSettings(stored as SettingsInput);
    // The lesuren per day the school set, on every weekday, with its lesduur.
    expect(settings.school.schooltijden?.ma).toEqual({ lessons: 9, lessonMinutes: 45 });
    expect(settings.school.schooltijden?.vr).toEqual({ lessons: 9, lessonMinutes: 45 });
    expect(settings.rules.visibleWeeks).toBe(6);
    expect(settings.preset).toBe('bepo');
    expect(settings.school.reasonCodes).toHaveLength(1);
    expect(settings.calendar.vrijeDagen).toEqual([{ date: '2025-10-13', name: 'studiedag' }]);
    // Not kept aside: it migrated.
    expect(await fakeBrowser.storage.local.get('settingsSetAside')).toEqual({});
  });

  it('version 2 stays as it is', async () => {
    await fakeBrowser.storage.local.set({ settings: v2, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await storedSettings()).toEqual(v2);
    expect(settingsV1toV2(v2)).toEqual(v2);
  });

  it('a primary school’s day start and length from version 1 are not turned into a timetable (they were defaults)', () => {
    const migrated = settingsV1toV2({ school: { schoolType: 'po', lessonMinutes: 50, dayMinutes: 300, dayStart: '08:30' } }) as { school: Record<string, unknown> };
    expect(migrated.school).toEqual({ schoolType: 'po' });
  });
});
