/**
 * The extension's own database (IndexedDB in the extension's origin: the service worker and the
 * extension pages; content scripts go through messages). Never the host page's storage.
 *
 * Every schema version stays listed here: Dexie upgrades a database from whatever version it has,
 * through each later one in turn, and test/store/db.test.ts opens each earlier version with data
 * and checks that the current one still holds it.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { FollowedCase } from '@/lib/cases';
import type { RegistratieRow } from '@/lib/export/inspectie';
import type { LogEntry } from '@/lib/log';
import type { MeldingDraft } from '@/lib/meldingen/record';
import type { MadeMelding } from '@/lib/meldingen/made';
import type { Acknowledgement } from '@/lib/worklist';

export type { LogAction, LogEntry } from '@/lib/log';

export const DB_NAME = 'thuiszitter-signaal';

/** Only what the meldingen and cases need of a pupil. */
export interface StoredPupil {
  id: string;
  name: string;
  birthDate?: string;
  group?: string;
  updatedAt: string;
}

export interface StoredSecret {
  name: 'inspectie';
  value: string;
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      pupils: '&id, name',
      cases: '&id, pupilId, phase, closedOn, updatedAt',
      drafts: '&id, kind, pupilId, updatedAt',
      log: '++seq, at, action',
    },
  },
  {
    // The thuiszittersregistratie for the Inspectie: pseudonyms only, rows are never deleted by a new round.
    version: 2,
    stores: { registratie: '&id, pseudonym, category' },
  },
  {
    // The Inspectie pseudonym secret, moved out of storage.local: content scripts (which run in the
    // school's pages) can read storage.local, never this database.
    version: 3,
    stores: { secrets: '&name' },
  },
  {
    // Meldingen as facts: what was reported, when, and what became of it (lib/meldingen/made.ts);
    // "Gezien" on the worklist (lib/worklist.ts), one per pupil.
    version: 4,
    stores: { made: '&id, pupilId, gemeldOp', acks: '&pupilId' },
  },
];

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class Store extends Dexie {
  pupils!: EntityTable<StoredPupil, 'id'>;
  cases!: EntityTable<FollowedCase, 'id'>;
  drafts!: EntityTable<MeldingDraft, 'id'>;
  log!: EntityTable<LogEntry, 'seq'>;
  registratie!: EntityTable<RegistratieRow, 'id'>;
  secrets!: EntityTable<StoredSecret, 'name'>;
  made!: EntityTable<MadeMelding, 'id'>;
  acks!: EntityTable<Acknowledgement, 'pupilId'>;

  /** `upTo` opens an earlier version: only the upgrade tests do that. */
  constructor(name = DB_NAME, upTo = CURRENT_VERSION) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let store: Store | undefined;

/** The one database of this extension context. */
export function db(): Store {
  store ??= new Store();
  return store;
}
