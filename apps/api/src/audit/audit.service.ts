import { Injectable } from '@nestjs/common';
import { AsOf } from '../common/as-of';
import { Connection, Page } from '../graphql/connection';
import { AuditEvent, FieldChange } from './audit-event.entity';
import { AuditRepository } from './audit.repository';

type Text = string | null;

/** A value as the history shows it: dates ISO, amounts as decimal strings, lists joined. */
export function asText(value: unknown): Text {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  return String(value);
}

/** The field-level changes between two states, for the named fields (GraphQL names → values). */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  fields: readonly string[],
): FieldChange[] {
  return fields
    .map((field) => ({ field, from: before ? asText(before[field]) : null, to: asText(after[field]) }))
    .filter((change) => change.from !== change.to);
}

/** The history: written by the unit of work in the transaction of each change (AuditRepository), read newest first. */
@Injectable()
export class AuditService {
  constructor(private readonly history: AuditRepository) {}

  findById(id: string): Promise<AuditEvent | null> {
    return this.history.findById(id);
  }

  /**
   * A page of the project's history, newest first; only about the kinds of record named, where any
   * are; up to `asOf` where the project is read as of a past instant.
   */
  projectHistory(
    projectId: string,
    page: Page,
    entityTypes?: readonly string[],
    asOf: AsOf = null,
  ): Promise<Connection<AuditEvent>> {
    return this.history.ofProject(projectId, page, entityTypes, asOf);
  }
}
