import { PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { AsOf } from '../common/as-of';
import { selectColumns } from '../database/columns';
import { tableAsOf } from '../database/history';
import { sql } from '../database/sql';
import { assertRoomFor } from '../database/list-bounds';
import { UnitOfWork } from '../database/unit-of-work';
import { Person } from '../people/person.entity';
import { Risk } from './risk.entity';

/** A project's risks. */
@Injectable()
export class RiskRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The risks with these ids, as they stood at `asOf` (null: now). */
  byIds(ids: readonly string[], asOf: AsOf = null): Promise<Risk[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, Risk, 'r')} FROM ${tableAsOf('risk', asOf)} r WHERE r.id = ANY(${ids}::uuid[])`,
    );
  }

  /** The risks of these projects, as they stood at `asOf`, oldest first. */
  byProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<Risk[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, Risk, 'r')} FROM ${tableAsOf('risk', asOf)} r
           WHERE r.project_id = ANY(${projectIds}::uuid[]) ORDER BY r.created_at, r.title`,
    );
  }

  findById(id: string): Promise<Risk | null> {
    return this.uow.manager.findOneBy(Risk, { id });
  }

  ownerExists(ownerId: string): Promise<boolean> {
    return this.uow.manager.existsBy(Person, { id: ownerId });
  }

  /** Adds a risk to its project, if the project has room for one more (PROJECT_LIMITS). */
  async insert(
    values: Pick<
      Risk,
      'projectId' | 'title' | 'description' | 'probability' | 'impact' | 'status' | 'mitigation' | 'ownerId' | 'version'
    >,
  ): Promise<Risk> {
    await assertRoomFor(this.uow.manager, Risk, { projectId: values.projectId }, PROJECT_LIMITS.risks, {
      path: 'input.projectId',
      what: 'risks',
    });
    return this.uow.manager.save(this.uow.manager.create(Risk, values));
  }
}
