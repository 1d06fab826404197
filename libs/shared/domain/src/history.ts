/**
 * The words of the change history: what kinds of records it speaks of, what was done, which fields
 * changed. The API records only these actions; the web client has a label for each, so that no
 * reader ever sees a key like `kpi.measurement.recorded` or `ownerId`.
 */

/** The kinds of record a history entry is about (its `entityType`), as the history's filter offers them. */
export const HISTORY_KINDS = [
  'Project',
  'StatusUpdate',
  'Milestone',
  'Kpi',
  'Risk',
  'Strategy',
  'FieldOfAction',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const HISTORY_ACTIONS = [
  'project.created',
  'project.updated',
  'project.archived',
  'project.restored',
  'project.members.set',
  'project.dependencies.set',
  'status.posted',
  'milestone.created',
  'milestone.updated',
  'milestone.completed',
  'milestone.rebaselined',
  'milestone.deleted',
  'kpi.created',
  'kpi.measurement.recorded',
  'risk.created',
  'risk.updated',
  'strategy.created',
  'strategy.updated',
  'field.created',
  'field.updated',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/**
 * Every field that a history entry's changes name (a key figure's measurement is named
 * `measurement YYYY-MM-DD` instead, by its date). A column added to an entity is recorded without further ado: add it here too, and a
 * test says so where it is missing.
 */
export const HISTORY_FIELDS = [
  // Projects
  'code',
  'title',
  'summary',
  'phase',
  'health',
  'progress',
  'tags',
  'fieldId',
  'departmentId',
  'leadId',
  'sponsorId',
  'startDate',
  'plannedEndDate',
  'forecastEndDate',
  'actualEndDate',
  'budgetPlanned',
  'budgetSpent',
  'archivedAt',
  'members',
  'dependsOn',
  // Milestones and risks
  'description',
  'plannedDate',
  'forecastDate',
  'completedDate',
  'ownerId',
  'reason',
  'probability',
  'impact',
  'status',
  'mitigation',
  // Key figures
  'name',
  'unit',
  'baseline',
  'target',
  // Strategies and fields of action
  'startYear',
  'endYear',
  'strategyId',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];
