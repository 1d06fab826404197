import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { pageLimit, SqlParams } from '../common/sql';
import { Change, ChangeWriter, UnitOfWork } from '../database/unit-of-work';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { AuditEvent, FieldChange } from './audit-event.entity';

export type AuditEntry = Change;

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

/** The history: written by the unit of work in the transaction of each change, read newest first. */
@Injectable()
export class AuditService implements ChangeWriter, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  onModuleInit(): void {
    this.uow.addChangeWriter(this);
  }

  /** Records one change inside the change's own transaction, so that neither exists without the other. */
  async write(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, { ...entry, changes: entry.changes as unknown as FieldChange[] });
  }

  /**
   * The same record as a statement that takes the changed entity's id from the `id` of `source`
   * (e.g. an INSERT … RETURNING id in a WITH clause of the change's own statement): for writes that
   * make the change and its history in one round trip.
   */
  insertFrom(sql: SqlParams, source: string, entry: Omit<AuditEntry, 'entityId'>): string {
    return `INSERT INTO audit_event (actor_id, action, entity_type, entity_id, project_id, changes)
            SELECT ${sql.param(entry.actorId)}::uuid, ${sql.param(entry.action)}, ${sql.param(entry.entityType)}, ${source}.id,
                   ${sql.param(entry.projectId)}::uuid, ${sql.param(JSON.stringify(entry.changes))}::jsonb
              FROM ${source}`;
  }

  findById(id: string): Promise<AuditEvent | null> {
    return this.uow.manager.getRepository(AuditEvent).findOneBy({ id });
  }

  async projectHistory(projectId: string, page: Page): Promise<Connection<AuditEvent>> {
    const rows: (AuditEvent & { _total?: number })[] = await this.dataSource.query(
      `SELECT id, at, actor_id AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId",
              project_id AS "projectId", changes, count(*) OVER ()::int AS "_total"
         FROM audit_event WHERE project_id = $1
        ORDER BY at DESC, id DESC OFFSET $2 ${pageLimit(page.limit)}`,
      [projectId, page.offset],
    );
    return toConnection(rows, page, await pageTotal(rows, page, () => this.countFor(projectId)));
  }

  private async countFor(projectId: string): Promise<number> {
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE project_id = $1', [
      projectId,
    ]);
    return n;
  }
}
