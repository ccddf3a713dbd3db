import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openCase, moveCase, type FollowedCase } from '../../lib/cases.ts';
import type { MeldingDraft } from '../../lib/meldingen/record.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS, Store } from '../../components/store/db.ts';
import { addLog, latestDraft, openCaseOf, purgeExpired, saveCase, saveDraft, savePupil, wipeAll } from '../../components/store/repo.ts';

let n = 0;
const stores: Store[] = [];
function fresh(upTo = CURRENT_VERSION, name = `test-${++n}`): Store {
  const store = new Store(name, upTo);
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const s of stores.splice(0)) {
    s.close();
    await s.delete();
  }
});

function aCase(id: string, pupilId: string, closedOn?: string): FollowedCase {
  const c = openCase({ id, pupilId, pupilName: `Leerling ${pupilId}`, presetId: 'landelijk', signal: { kind: 'thuiszitter', since: '2025-09-01', firedOn: '2025-10-01' }, today: '2025-10-02', now: '2025-10-02T08:00:00Z' });
  return closedOn ? moveCase(c, 'afgesloten', closedOn, `${closedOn}T08:00:00Z`) : c;
}

function aDraft(id: string, pupilId: string, kind: 'leerplicht' | 'swv', updatedAt: string): MeldingDraft {
  const common = { id, pupilId, pupilName: 'Daan', signalTitle: 'Thuiszitter', explanation: [], createdAt: updatedAt, updatedAt };
  return kind === 'swv'
    ? { ...common, kind, prefill: { naam: 'Daan', school: 'De Demoschool', groep: '6B', startdatumThuiszitten: '2025-09-01', signaal: 'Thuiszitter' }, input: { schoolActions: '', betrokkenen: [], wensen: '', contactpersoon: '' } }
    : {
        ...common, kind,
        prefill: { verzuimsoort: 'lrv', begindatum: '2025-09-01', alleLessenGemist: true, verzuimspecificatie: [] },
        input: { leslocatie: '', melder: { naam: '', functie: '', telefoon: '', email: '' }, vermoedelijkeReden: '', ondernomenActie: '', actieGemeenteGewenst: true },
      };
}

describe('the extension database', () => {
  it('keeps cases, drafts and pupils; the fill button takes the most recently edited draft of its kind', async () => {
    const store = fresh();
    await savePupil({ id: '900101', name: 'Daan Voorbeeld', group: '6B' }, store);
    await saveCase(aCase('c1', '900101'), store);
    await saveDraft(aDraft('d1', '900101', 'leerplicht', '2025-10-02T08:00:00Z'), store);
    await saveDraft(aDraft('d2', '900102', 'leerplicht', '2025-10-03T08:00:00Z'), store);
    await saveDraft(aDraft('d3', '900101', 'swv', '2025-10-04T08:00:00Z'), store);
    expect((await latestDraft('leerplicht', store))?.id).toBe('d2');
    expect((await latestDraft('swv', store))?.id).toBe('d3');
    expect((await openCaseOf('900101', store))?.id).toBe('c1');
  });

  it('removes closed cases after the retention period, with the drafts and pupil data only they needed', async () => {
    const store = fresh();
    await savePupil({ id: 'old', name: 'Oud' }, store);
    await savePupil({ id: 'open', name: 'Lopend' }, store);
    await saveCase(aCase('c-old', 'old', '2025-01-10'), store);
    await saveCase(aCase('c-recent', 'recent', '2025-12-01'), store);
    await saveCase(aCase('c-open', 'open'), store);
    await saveDraft(aDraft('d-old', 'old', 'swv', '2025-01-05T08:00:00Z'), store);
    await saveDraft(aDraft('d-open', 'open', 'swv', '2024-01-05T08:00:00Z'), store);
    await saveDraft(aDraft('d-stale', 'never-followed', 'leerplicht', '2024-06-01T08:00:00Z'), store);
    await addLog('zaak-geopend', 'Zaak geopend', 'old', store);

    expect(await purgeExpired('2026-01-20', 12, store)).toBe(1);
    expect((await store.cases.toArray()).map((c) => c.id).sort()).toEqual(['c-open', 'c-recent']);
    expect((await store.drafts.toArray()).map((d) => d.id)).toEqual(['d-open']);
    expect(await store.pupils.get('old')).toBeUndefined();
    expect(await store.pupils.get('open')).toBeDefined();
    expect((await store.log.toArray()).map((e) => e.action)).toEqual(['opgeruimd']);
  });

  it('wipes everything on request', async () => {
    const store = fresh();
    await saveCase(aCase('c1', '900101'), store);
    await saveDraft(aDraft('d1', '900101', 'swv', '2025-10-02T08:00:00Z'), store);
    await wipeAll(store);
    expect(await store.cases.count()).toBe(0);
    expect(await store.drafts.count()).toBe(0);
  });

  it('upgrades from every earlier schema version without losing data', async () => {
    for (const { version } of SCHEMA_VERSIONS) {
      const name = `upgrade-from-${version}`;
      const old = new Store(name, version);
      await old.cases.put(aCase('c1', '900101'));
      await old.drafts.put(aDraft('d1', '900101', 'leerplicht', '2025-10-02T08:00:00Z'));
      await old.pupils.put({ id: '900101', name: 'Daan Voorbeeld', updatedAt: '2025-10-02T08:00:00Z' });
      await old.log.add({ at: '2025-10-02T08:00:00Z', action: 'zaak-geopend', detail: 'Zaak geopend', pupilId: '900101' });
      old.close();
      const current = fresh(CURRENT_VERSION, name);
      expect(current.verno).toBe(CURRENT_VERSION);
      expect(await current.cases.get('c1')).toMatchObject({ pupilId: '900101', phase: 'signaleren' });
      expect(await current.drafts.get('d1')).toMatchObject({ kind: 'leerplicht' });
      expect(await current.pupils.get('900101')).toMatchObject({ name: 'Daan Voorbeeld' });
      expect(await current.log.count()).toBe(1);
    }
  });
});
