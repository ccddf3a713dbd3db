/** The log of what was generated, filled or exported, and when: never the content itself. */
export const LOG_ACTIONS = ['melding-concept', 'melding-ingevuld', 'melding-gedaan', 'gezien', 'zaak-geopend', 'zaak-fase', 'export', 'backup', 'herstel', 'gewist', 'opgeruimd'] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

export interface LogEntry {
  seq?: number;
  at: string;
  action: LogAction;
  pupilId?: string;
  detail: string;
}
