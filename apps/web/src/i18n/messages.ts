/** Every text of the user interface, German first. English must have the same keys (the type says so). */
export const de = {
  'app.name': 'Leitstand',
  'app.tagline': 'Das Portfolio der Digitalstrategie',
  'app.skipToContent': 'Zum Inhalt springen',
  'language.label': 'Sprache',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'system.heading': 'Systemstatus',
  'system.loading': 'Der Status wird abgefragt …',
  'system.server': 'Server',
  'system.database': 'Datenbank',
  'system.database.embedded': 'Eingebettetes PostgreSQL',
  'system.database.server': 'PostgreSQL-Server',
  'system.state.up': 'erreichbar',
  'system.state.down': 'nicht erreichbar',
  'system.latency': 'Antwortzeit',
  'system.latencyValue': '{ms} ms',
  'system.checkedAt': 'Zuletzt geprüft',
  'system.unreachable': 'Der Server antwortet nicht. Bitte später erneut versuchen.',
  'system.refresh': 'Erneut prüfen',
  'footer.text': 'Leitstand – Portfoliosteuerung für die Verwaltung',
} as const;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  'app.name': 'Leitstand',
  'app.tagline': 'The portfolio of the digital strategy',
  'app.skipToContent': 'Skip to content',
  'language.label': 'Language',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'system.heading': 'System status',
  'system.loading': 'Checking the status …',
  'system.server': 'Server',
  'system.database': 'Database',
  'system.database.embedded': 'Embedded PostgreSQL',
  'system.database.server': 'PostgreSQL server',
  'system.state.up': 'reachable',
  'system.state.down': 'unreachable',
  'system.latency': 'Response time',
  'system.latencyValue': '{ms} ms',
  'system.checkedAt': 'Last checked',
  'system.unreachable': 'The server does not answer. Please try again later.',
  'system.refresh': 'Check again',
  'footer.text': 'Leitstand – portfolio management for public administration',
};
