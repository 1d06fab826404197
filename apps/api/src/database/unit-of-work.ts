import type { HistoryAction } from '@leitstand/shared-domain';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError, StaleVersionError } from '../common/errors';
import { PreparedStatements } from './prepared-statements';
import { Sql, sql } from './sql';

/** One change of a record, as what commits with it (the history) sees it. */
export interface Change {
  actorId: string | null;
  action: HistoryAction;
  entityType: string;
  entityId: string;
  projectId: string | null;
  changes: { field: string; from: string | null; to: string | null }[];
}

/** Something that must commit with every change, in the change's own transaction (the history). */
export interface ChangeWriter {
  /** Writes what commits with the change; it runs inside the change's unit of work. */
  write(change: Change): Promise<void>;
  /**
   * The same record as a statement that takes the changed record's id from the `id` of `source` (a
   * WITH query of the change's own statement, such as `INSERT … RETURNING id`): for writes that make
   * the change and what commits with it in one round trip.
   */
  statementFrom(source: string, change: Omit<Change, 'entityId'>): Sql;
}

interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * The one way writes reach the database. A unit of work is a transaction bound to the operation
 * (through AsyncLocalStorage): whatever runs inside `transaction()` — a service, the services it
 * calls, the demo seeder calling many — shares it, and `manager` is its EntityManager, so nothing
 * inside waits for a second connection (the embedded database has exactly one). Versions are
 * checked here, and each change is handed to the writers that must commit with it.
 */
@Injectable()
export class UnitOfWork {
  private readonly current = new AsyncLocalStorage<EntityManager>();
  private readonly writers: ChangeWriter[] = [];
  private readonly prepared = new PreparedStatements();

  constructor(private readonly dataSource: DataSource) {}

  /** The open transaction's manager inside a unit of work; the pool's outside one (for reads). */
  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }

  /**
   * Runs a hand-written statement (see `sql`) in the operation's transaction, or on the pool outside
   * one. A statement with parameters runs prepared, under a name of its own (pg's `name` option), so
   * that PostgreSQL parses it once per connection and can keep its plan (see prepared-statements.ts);
   * but one that must be planned for its values (`sql.plannedEachRun`) runs unnamed.
   */
  async query<T = Record<string, unknown>>(statement: Sql): Promise<T[]> {
    const text = statement.text;
    const values = statement.values;
    const name = values.length > 0 && !statement.plannedEachRun ? this.prepared.nameOf(text) : undefined;
    // TypeORM hands the query to pg as it is given, and pg takes a QueryConfig in its place.
    const query = name === undefined ? text : ({ name, text } as unknown as string);
    // The transaction's runner, or one of the pool's for this statement; the structured result has
    // the rows of every kind of statement (UPDATE … RETURNING too).
    const open = this.current.getStore()?.queryRunner;
    const runner = open ?? this.dataSource.createQueryRunner();
    try {
      return (await runner.query(query, values, true)).records as T[];
    } finally {
      if (!open) await runner.release();
    }
  }

  /** Runs `work` in the operation's transaction: the one already open, or a new one that commits when `work` ends. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open);
    return this.dataSource.transaction((manager) => this.current.run(manager, () => work(manager)));
  }

  /**
   * Dates what the open transaction changes from here on at `at` rather than now (change_instant(),
   * see the migration KeepHistory): for the system writing a past, as the demo does.
   */
  async changesAt(at: Date): Promise<void> {
    if (!this.current.getStore()) throw new Error('Only a unit of work can date its changes');
    await this.query(sql`SELECT set_config('leitstand.change_at', ${at.toISOString()}, true)`);
  }

  /** What commits with every change registers here once (the history does; the outbox of webhooks will). */
  addChangeWriter(writer: ChangeWriter): void {
    this.writers.push(writer);
  }

  /**
   * What commits with a change, as WITH queries for the change's own statement (see
   * ChangeWriter.statementFrom): `history AS (…)`, one per writer.
   */
  recordedFrom(source: string, change: Omit<Change, 'entityId'>): Sql[] {
    return this.writers.map((writer) => writer.statementFrom(source, change));
  }

  /** Records a change with every writer, in the open transaction: neither exists without the other. */
  async record(change: Change): Promise<void> {
    if (!this.current.getStore()) throw new Error('A change can only be recorded inside a unit of work');
    for (const writer of this.writers) await writer.write(change);
  }

  /**
   * Changes a record that the caller saw at `expectedVersion`: the row is locked and read, a stale
   * version is refused with CONFLICT, and the UPDATE itself names the version, so that of any number
   * of writers with the same version exactly one wins. Returns the record before and after.
   */
  async update<T extends Versioned>(
    target: EntityTarget<T>,
    label: string,
    id: string,
    expectedVersion: number,
    changes: (current: T) => Partial<T> | Promise<Partial<T>>,
  ): Promise<{ before: T; after: T }> {
    return this.transaction(async (manager) => {
      const before = await this.lockAt(manager, target, label, id, expectedVersion);
      const values = { ...(await changes(before)), version: expectedVersion + 1 } as Partial<T>;
      const result = await manager.update(
        target,
        { id, version: expectedVersion } as FindOptionsWhere<T>,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM types the update payload by a deep partial that a generic T cannot satisfy.
        values as any,
      );
      if (result.affected !== 1) throw new StaleVersionError(label, expectedVersion, expectedVersion + 1);
      const after = await manager.findOneOrFail(target, { where: { id } as FindOptionsWhere<T> });
      return { before, after };
    });
  }

  /** Deletes a record that the caller saw at `expectedVersion`, checked as `update` checks it; returns it as it was. */
  async remove<T extends Versioned>(
    target: EntityTarget<T>,
    label: string,
    id: string,
    expectedVersion: number,
  ): Promise<T> {
    return this.transaction(async (manager) => {
      const before = await this.lockAt(manager, target, label, id, expectedVersion);
      await manager.delete(target, { id, version: expectedVersion } as FindOptionsWhere<T>);
      return before;
    });
  }

  /** The record, locked for the rest of the transaction, if it is still at `expectedVersion`. */
  private async lockAt<T extends Versioned>(
    manager: EntityManager,
    target: EntityTarget<T>,
    label: string,
    id: string,
    expectedVersion: number,
  ): Promise<T> {
    const current = await manager.findOne(target, {
      where: { id } as FindOptionsWhere<T>,
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) throw new NotFoundError(label, id);
    if (current.version !== expectedVersion) throw new StaleVersionError(label, expectedVersion, current.version);
    return current;
  }
}
