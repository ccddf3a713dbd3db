/** EduArte (Topicus, mbo/VO): its source is public (topicusonderwijs/tribe-krd-opensource). Data only. */
import type { HostDefinition } from '../types.ts';

export const EDUARTE_SELECTORS = {
  /** The pupil's title bar: "<deelnemernummer> <volledige naam>" (DeelnemerTitel.html / .java). */
  title: '.LayTitlebarDeelnemer',
} as const;

export const eduarte: HostDefinition = {
  system: 'eduarte',
  name: 'EduArte',
  matches: ['https://*.educus.nl/*', 'https://*.eduarte.nl/*'],
  hostSuffixes: ['.educus.nl', '.eduarte.nl'],
  schoolType: 'mbo',
  pageData: [],
  known: 'the deelnemer page "Absentiemeldingen" (its columns and the Datum/tijd cell from AbsentieMelding.getBeginEind), read by the generic reader with EduArte’s cells',
};
