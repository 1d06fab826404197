/**
 * How many items the plain lists of the data model hold at most (lists that can grow without
 * bound are connections, paged with `first`). The API refuses a write that would go past a bound
 * of a project's lists, and its query limits count each list as this many items.
 */
export const PROJECT_LIMITS = {
  milestones: 100,
  kpis: 20,
  /** Measurements per key figure: ten years of monthly figures. */
  measurements: 120,
  risks: 100,
  members: 50,
  dependsOn: 20,
  /** Moves of one milestone's baseline. */
  rebaselines: 20,
} as const;

/**
 * Every plain list of the API by `Type.field`, with the most items it can hold: a project's lists by
 * the bounds above; directories (people, departments, strategies) by the size an administration
 * plans for, which the query limits count although no write is refused there.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Project.milestones': PROJECT_LIMITS.milestones,
  'Project.kpis': PROJECT_LIMITS.kpis,
  'Project.risks': PROJECT_LIMITS.risks,
  'Project.members': PROJECT_LIMITS.members,
  'Project.dependsOn': PROJECT_LIMITS.dependsOn,
  'Kpi.measurements': PROJECT_LIMITS.measurements,
  'Milestone.rebaselines': PROJECT_LIMITS.rebaselines,
  'Person.ledProjects': 100,
  'Query.people': 1_000,
  'Query.allPeople': 1_000,
  'Query.departments': 200,
  'Query.strategies': 20,
  'Query.apiTokens': 200,
  'Query.webhooks': 100,
  'Webhook.events': 8,
  'Query.demoAccounts': 4,
  'Strategy.fields': 30,
  'PortfolioSummary.byField': 30,
  'PortfolioSummary.byHealth': 3,
  'PortfolioSummary.byPhase': 6,
  'FieldSummary.byHealth': 3,
  'AuditEvent.changes': 30,
};
