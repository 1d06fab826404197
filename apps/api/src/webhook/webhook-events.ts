import { WebhookEvent } from '@leitstand/shared-domain';
import type { Change } from '../database/unit-of-work';

/** The webhook event that each recorded action is, where it is one (changes to key figures, strategies and deletions are none). */
const EVENT_OF_ACTION: Readonly<Record<string, WebhookEvent>> = {
  'project.created': WebhookEvent.PROJECT_CREATED,
  'project.updated': WebhookEvent.PROJECT_UPDATED,
  'project.members.set': WebhookEvent.PROJECT_UPDATED,
  'project.dependencies.set': WebhookEvent.PROJECT_UPDATED,
  'project.restored': WebhookEvent.PROJECT_UPDATED,
  'project.archived': WebhookEvent.PROJECT_ARCHIVED,
  'status.posted': WebhookEvent.STATUS_POSTED,
  'milestone.completed': WebhookEvent.MILESTONE_COMPLETED,
  'risk.created': WebhookEvent.RISK_CREATED,
  'risk.updated': WebhookEvent.RISK_UPDATED,
};

/** Actions that can move a milestone's due date (forecast, else planned): a move later is MILESTONE_SLIPPED. */
const DUE_DATE_ACTIONS = new Set(['milestone.updated', 'milestone.rebaselined']);

export function eventOfAction(action: string): WebhookEvent | null {
  return EVENT_OF_ACTION[action] ?? null;
}

/** Whether the change may have moved a milestone's due date. */
export function mayMoveDueDate(change: Omit<Change, 'entityId'>): boolean {
  return (
    DUE_DATE_ACTIONS.has(change.action) &&
    change.changes.some((field) => field.field === 'plannedDate' || field.field === 'forecastDate')
  );
}

export interface DueDateMove {
  dueBefore: string;
  dueAfter: string;
  /** dueAfter − dueBefore in days; positive is later. */
  days: number;
}

/** The due date before and after the change, from the milestone as the change left it and the change's old values. */
export function dueDateMove(
  change: Omit<Change, 'entityId'>,
  after: { plannedDate: string; forecastDate: string | null },
): DueDateMove {
  const old = (field: string, current: string | null) => {
    const changed = change.changes.find((candidate) => candidate.field === field);
    return changed ? changed.from : current;
  };
  const dueBefore = old('forecastDate', after.forecastDate) ?? old('plannedDate', after.plannedDate)!;
  const dueAfter = after.forecastDate ?? after.plannedDate;
  const days = Math.round((Date.parse(dueAfter) - Date.parse(dueBefore)) / 86_400_000);
  return { dueBefore, dueAfter, days };
}
