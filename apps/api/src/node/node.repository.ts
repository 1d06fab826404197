import { Injectable } from '@nestjs/common';
import { sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { isId } from '../graphql/input-checks';
import type { NodeSource } from '../graphql/request-loaders';

/** Finds which of the registered node types an id belongs to: ids are UUIDs, unique across every table. */
@Injectable()
export class NodeRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async sourceOf(sources: readonly NodeSource[], id: string): Promise<NodeSource | null> {
    if (!isId(id) || sources.length === 0) return null;
    // Table names come from the domains' registrations, never from a caller.
    const union = sql.join(
      sources.map(
        (source, index) => sql`SELECT ${sql.raw(String(index))} AS n FROM ${sql.raw(source.table)} WHERE id = ${id}`,
      ),
      ' UNION ALL ',
    );
    const [found] = await this.uow.query<{ n: number }>(sql`${union} LIMIT 1`);
    return found ? sources[found.n] : null;
  }
}
