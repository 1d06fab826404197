import { Injectable, OnModuleInit } from '@nestjs/common';
import { AsOf } from '../common/as-of';
import { madeBy } from '../database/history';
import { pageLimit, Sql, sql } from '../database/sql';
import { Change, ChangeWriter, UnitOfWork } from '../database/unit-of-work';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { AuditEvent, FieldChange } from './audit-event.entity';

/**
 * The history's table. It is one of the writers that the unit of work hands every change to, so
 * each entry commits in the transaction of its change (or in the change's own statement).
 */
@Injectable()
export class AuditRepository implements ChangeWriter, OnModuleInit {
  constructor(private readonly uow: UnitOfWork) {}

  onModuleInit(): void {
    this.uow.addChangeWriter(this);
  }

  async write(change: Change): Promise<void> {
    await this.uow.manager.insert(AuditEvent, { ...change, changes: change.changes as unknown as FieldChange[] });
  }

  statementFrom(source: string, change: Omit<Change, 'entityId'>): Sql {
    return sql`INSERT INTO audit_event (actor_id, action, entity_type, entity_id, project_id, changes)
               SELECT ${change.actorId}::uuid, ${change.action}, ${change.entityType}, ${sql.raw(source)}.id,
                      ${change.projectId}::uuid, ${JSON.stringify(change.changes)}::jsonb
                 FROM ${sql.raw(source)}`;
  }

  findById(id: string): Promise<AuditEvent | null> {
    return this.uow.manager.findOneBy(AuditEvent, { id });
  }

  /**
   * A page of the project's history (up to `asOf`), newest first, and the number of all; only about
   * `entityTypes`, where given.
   */
  async ofProject(
    projectId: string,
    page: Page,
    entityTypes?: readonly string[],
    asOf: AsOf = null,
  ): Promise<Connection<AuditEvent>> {
    const where = sql.and([
      sql`project_id = ${projectId}`,
      entityTypes?.length ? sql`entity_type = ANY(${entityTypes}::text[])` : sql``,
      madeBy('at', asOf),
    ]);
    const rows = await this.uow.query<AuditEvent & { _total?: number }>(
      sql`SELECT id, at, actor_id AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId",
                 project_id AS "projectId", changes, count(*) OVER ()::int AS "_total"
            FROM audit_event WHERE ${where}
           ORDER BY at DESC, id DESC OFFSET ${page.offset} ${pageLimit(page.limit)}`,
    );
    return toConnection(
      rows,
      page,
      await pageTotal(rows, page, async () => {
        const [{ n }] = await this.uow.query<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM audit_event WHERE ${where}`,
        );
        return n;
      }),
    );
  }
}
