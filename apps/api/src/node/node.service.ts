import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { isId } from '../graphql/input-checks';
import type { NodeSource } from '../graphql/request-loaders';

/** Finds which of the registered node types an id belongs to: ids are UUIDs, unique across every table. */
@Injectable()
export class NodeService {
  constructor(private readonly uow: UnitOfWork) {}

  async sourceOf(sources: readonly NodeSource[], id: string): Promise<NodeSource | null> {
    if (!isId(id) || sources.length === 0) return null;
    // Table names come from the domains' registrations, never from a caller.
    const union = sources
      .map((source, index) => `SELECT ${index} AS n FROM ${source.table} WHERE id = $1`)
      .join(' UNION ALL ');
    const [found] = (await this.uow.manager.query(`${union} LIMIT 1`, [id])) as { n: number }[];
    return found ? sources[found.n] : null;
  }
}
