/** Messages between the overview page and its import worker (import.worker.ts). */
import type { MadeMelding } from '@/lib/meldingen/made';
import type { FlaggedPupil, weeklyCounts } from '@/lib/overview';
import type { Settings } from '@/lib/settings';
import type { Lang } from '@/lib/i18n';

export interface ImportRequest {
  file: File;
  settings: Settings;
  today: string;
  made: MadeMelding[];
  /** The page's language, for the progress and the messages. */
  lang: Lang;
}

export interface ImportSummary {
  problems: { row: number; message: string }[];
  moreProblems: number;
  records: number;
  pupils: number;
  fatal?: string;
}

export type ImportMessage =
  | { type: 'progress'; progress: number; step: string; summary?: ImportSummary; flagged?: FlaggedPupil[] }
  /** The flagged rows come once, with the last progress message; `done` brings the trend. */
  | { type: 'done'; summary: ImportSummary; flagged?: FlaggedPupil[]; weeks: ReturnType<typeof weeklyCounts> };
