/**
 * The German words that the exports write for the API's enum values, spelt out here rather than
 * taken from the code under test, so that a test notices when a word changes.
 */

export const HEALTH_DE: Record<string, string> = { ON_TRACK: 'Im Plan', AT_RISK: 'Gefährdet', OFF_TRACK: 'Kritisch' };

export const PHASE_DE: Record<string, string> = {
  IDEA: 'Idee',
  PLANNED: 'Geplant',
  IN_PROGRESS: 'In Umsetzung',
  ON_HOLD: 'Pausiert',
  COMPLETED: 'Abgeschlossen',
  CANCELLED: 'Abgebrochen',
};

export const STATE_DE: Record<string, string> = {
  UPCOMING: 'Anstehend',
  DUE_SOON: 'Bald fällig',
  OVERDUE: 'Überfällig',
  DONE: 'Erledigt',
};
