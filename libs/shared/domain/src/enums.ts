/**
 * The vocabulary of the portfolio that the API and the web client share. The values are the
 * names of the GraphQL enums of the public contract; they never change.
 */

export enum Role {
  ADMIN = 'ADMIN',
  PORTFOLIO_MANAGER = 'PORTFOLIO_MANAGER',
  PROJECT_LEAD = 'PROJECT_LEAD',
  VIEWER = 'VIEWER',
}

export enum ProjectPhase {
  IDEA = 'IDEA',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** Ordered from best to worst. */
export enum Health {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

export enum MilestoneState {
  UPCOMING = 'UPCOMING',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
}

export enum RiskLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export enum RiskStatus {
  OPEN = 'OPEN',
  MITIGATED = 'MITIGATED',
  CLOSED = 'CLOSED',
}

/** A milestone is due soon when it is not done and due within this many days. */
export const DUE_SOON_DAYS = 14;

/** A project in an active phase is stale when its newest status update is older than this (the dashboard's default). */
export const STALE_AFTER_DAYS = 30;

/** The phases in which a project is expected to report. */
export const ACTIVE_PHASES: readonly ProjectPhase[] = [ProjectPhase.PLANNED, ProjectPhase.IN_PROGRESS];

/** What a webhook can subscribe to. */
export enum WebhookEvent {
  PROJECT_CREATED = 'PROJECT_CREATED',
  PROJECT_UPDATED = 'PROJECT_UPDATED',
  PROJECT_ARCHIVED = 'PROJECT_ARCHIVED',
  STATUS_POSTED = 'STATUS_POSTED',
  MILESTONE_COMPLETED = 'MILESTONE_COMPLETED',
  MILESTONE_SLIPPED = 'MILESTONE_SLIPPED',
  RISK_CREATED = 'RISK_CREATED',
  RISK_UPDATED = 'RISK_UPDATED',
}

/** The languages that Leitstand speaks to people (the web client and its mails); German first. */
export enum Language {
  DE = 'DE',
  EN = 'EN',
}
