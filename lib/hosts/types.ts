import type { AbsenceRecord, Pupil } from '../model.ts';
import type { PageInfo } from '../coverage.ts';
import type { SchoolType } from '../vocabulary.ts';

/** The host systems the extension knows; 'generiek' is the reader for every other table or list. */
export const SYSTEMS = ['magister', 'somtoday', 'eduarte', 'parnassys', 'esis', 'kindkans', 'generiek', 'geleerd'] as const;
export type SystemId = (typeof SYSTEMS)[number];

export type PageJsonKind = 'magister-absenties' | 'somtoday-absentiemeldingen' | 'somtoday-registratieoverzicht';

/** One host system, as its folder declares it (lib/hosts/<system>/host.ts). */
export interface HostDefinition {
  system: SystemId;
  name: string;
  /** Match patterns for the manifest. */
  matches: string[];
  /** Host names that belong to the system. */
  hostSuffixes: string[];
  /** The school type the system serves, used until the school sets its own. */
  schoolType: SchoolType;
  /** The responses of its own pages that carry absences (the page-data script hands them over, main world). */
  pageData: readonly { kind: PageJsonKind; path: RegExp }[];
  /** What is known of its pages, and from where (shown to nobody; for the reader of the code). */
  known: string;
}

/** What a page shows: one pupil's absences, or a group overview with many pupils. */
export interface PageReading {
  system: SystemId;
  kind: 'leerling' | 'groep';
  pupils: Pupil[];
  records: AbsenceRecord[];
  /** Where each pupil's badge goes (pupil id → element on the page). */
  anchors: Map<string, Element>;
  /** Rows the reader could not use, with a short reason. */
  problems: string[];
  /** The element whose content was read, to recognise unchanged content on the next read. */
  source: Element;
  /** What the reader knows beyond the records: where they came from, what it could not read, whether the list is whole. */
  info: PageInfo;
  /**
   * The BSN or onderwijsnummer a single pupil's page shows, read with the rest of the page: it goes
   * along only with the DUO melding, and nothing reads the page again for it later.
   */
  personNumber?: { kind: 'bsn' | 'onderwijsnummer'; value: string };
}

/** Lets long pages be read in slices, so no task blocks the page (the content script yields between slices). */
export type Yield = () => Promise<void>;

export interface HostAdapter {
  system: SystemId;
  /** Host names the adapter is for, e.g. `.magister.net`; the generic reader has none. */
  hostSuffixes: readonly string[];
  /** Reads the page, or returns null when the page shows no absences this adapter recognises. */
  read(root: ParentNode, context: ReadContext): Promise<PageReading | null>;
}

export interface ReadContext {
  /** Page address, for record sources. */
  url: string;
  /** Today, for dates that show no year (Somtoday's "ma 5 okt"). */
  today: string;
  yieldToPage: Yield;
}
