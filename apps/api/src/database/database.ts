import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { OnApplicationShutdown } from '@nestjs/common';
import { Client, Pool, types } from 'pg';
import { DataSource, EntitySubscriberInterface, Logger as TypeOrmLogger } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DatabaseTarget, describeDatabase } from '../config/app-config';
import { DataDirLock, lockDataDir } from './data-dir-lock';
import { abandonedOnTimeout } from './unavailable';
import { ENTITIES, MIGRATIONS } from './schema';

/** A failure to open or migrate the database at start-up; its message is one line for the operator. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

// Calendar dates stay the text they are ('2026-03-31'): a JavaScript Date would shift them by a time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

const CONNECT_TIMEOUT_MS = 5000;
/** The advisory lock that instances starting together on one server take in turn to migrate. */
const MIGRATION_LOCK = 'leitstand migrations';
export const STATEMENT_TIMEOUT_MS = 15000;

function baseOptions() {
  // gen_random_uuid() is built into PostgreSQL 13 and later: no extension needed, on the server or embedded.
  return {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsTableName: 'migration',
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
  };
}

/**
 * The one place that turns a DatabaseTarget into a TypeORM DataSource; the API and the
 * migration commands both come through here. The embedded database is PGlite inside this
 * process, reached through its node-postgres adapter on a pool of exactly one connection.
 */
export class Database implements OnApplicationShutdown {
  private constructor(
    readonly target: DatabaseTarget,
    readonly dataSource: DataSource,
    private readonly pglite: PGlite | undefined,
    private readonly lock: DataDirLock | undefined,
  ) {}

  get kind(): DatabaseTarget['kind'] {
    return this.target.kind;
  }

  /** Connects, without touching the schema. A TypeORM logger, where given, sees every statement (tests count them). */
  static async connect(target: DatabaseTarget, logger?: TypeOrmLogger): Promise<Database> {
    if (target.kind === 'server') {
      const dataSource = new DataSource({
        type: 'postgres',
        url: target.url,
        poolSize: 10,
        // Also the longest a request waits for a free connection of the pool.
        connectTimeoutMS: target.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
        applicationName: 'leitstand',
        // No statement runs longer than this (the server cancels it: a runaway query cannot hold the
        // server), and a server that does not answer at all (frozen, unplugged) is given up on after as
        // long (the client's query_timeout): requests then fail with "database unavailable", not hang.
        extra: {
          statement_timeout: target.queryTimeoutMs ?? STATEMENT_TIMEOUT_MS,
          query_timeout: target.queryTimeoutMs ?? STATEMENT_TIMEOUT_MS,
          Client: abandonedOnTimeout(Client),
        },
        logger,
        logging: logger ? true : false,
        ...baseOptions(),
      });
      await initialize(dataSource, target);
      return new Database(target, dataSource, undefined, undefined);
    }

    const lock = await lockEmbedded(target);
    let pglite: PGlite;
    try {
      pglite = await PGlite.create({ dataDir: target.dataDir, loadDataDir: target.snapshot });
    } catch (error) {
      lock?.release();
      throw new DatabaseStartError(`Cannot open the ${describeDatabase(target)}: ${messageOf(error)}`);
    }
    const pg = createPgConfig(pglite);
    const dataSource = new DataSource({
      type: 'postgres',
      host: pg.host,
      port: pg.port,
      username: pg.user,
      password: pg.password,
      database: pg.database,
      poolSize: 1,
      connectTimeoutMS: CONNECT_TIMEOUT_MS,
      extra: { connection: pg.connection },
      logger,
      logging: logger ? true : false,
      ...baseOptions(),
    });
    try {
      await initialize(dataSource, target);
    } catch (error) {
      await pglite.close();
      lock?.release();
      throw error;
    }
    return new Database(target, dataSource, pglite, lock);
  }

  /** Connects and brings the schema up to date with every migration. */
  static async open(target: DatabaseTarget, logger?: TypeOrmLogger): Promise<Database> {
    const database = await Database.connect(target, logger);
    try {
      await database.migrate();
    } catch (error) {
      await database.close();
      throw new DatabaseStartError(`Cannot migrate the ${describeDatabase(target)}: ${messageOf(error)}`);
    }
    return database;
  }

  /**
   * Runs the migrations that have not run. On a server, instances that start together take turns:
   * a session-level advisory lock, held on a connection of its own, lets one migrate at a time.
   */
  private async migrate(): Promise<void> {
    if (this.target.kind !== 'server') {
      await this.dataSource.runMigrations({ transaction: 'each' });
      return;
    }
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
      try {
        await this.dataSource.runMigrations({ transaction: 'each' });
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [MIGRATION_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  /**
   * pg's pool of connections, for its gauges: a server's of up to ten connections, the embedded
   * database's of exactly one. Undefined while the database is not connected.
   */
  pool(): Pool | undefined {
    return this.dataSource.isInitialized ? ((this.dataSource.driver as PostgresDriver).master as Pool) : undefined;
  }

  /** Lets the subscriber see every statement from now on (NestJS's documented way to add a TypeORM subscriber instance). */
  subscribe(subscriber: EntitySubscriberInterface): void {
    this.dataSource.subscribers.push(subscriber);
  }

  /** Answers whether the database takes a query within the given time. */
  async ping(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A copy of the embedded database's files (a tarball), to start other embedded databases from, or as a backup. */
  async snapshot(compression: 'none' | 'gzip' = 'none'): Promise<Blob> {
    if (!this.pglite) throw new Error('Only the embedded database can be snapshotted');
    return this.pglite.dumpDataDir(compression);
  }

  async close(): Promise<void> {
    try {
      if (this.dataSource.isInitialized) await this.dataSource.destroy();
      if (this.pglite && !this.pglite.closed) await this.pglite.close();
    } finally {
      this.lock?.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/** Creates the embedded database's directory and takes its lock: one process per directory (none for memory://). */
async function lockEmbedded(target: DatabaseTarget & { kind: 'embedded' }): Promise<DataDirLock | undefined> {
  if (target.dataDir === 'memory://') return undefined;
  let result: Awaited<ReturnType<typeof lockDataDir>>;
  try {
    mkdirSync(target.dataDir, { recursive: true });
    result = await lockDataDir(target.dataDir);
  } catch (error) {
    throw new DatabaseStartError(`Cannot open the ${describeDatabase(target)}: ${messageOf(error)}`);
  }
  if ('lock' in result) return result.lock;
  throw new DatabaseStartError(
    `The embedded database in ${resolve(target.dataDir)} is in use by process ${result.heldBy}: stop that process first, or set LEITSTAND_DATA_DIR to another directory`,
  );
}

async function initialize(dataSource: DataSource, target: DatabaseTarget): Promise<void> {
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseStartError(`Cannot reach the ${describeDatabase(target)}: ${messageOf(error)}`);
  }
}

/** The cause in one line; pg reports a failed connection to a host with several addresses as an AggregateError. */
function messageOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { errors, message, name } = error as { errors?: unknown; message?: unknown; name?: unknown };
  if (Array.isArray(errors) && errors.length > 0) return messageOf(errors[0]);
  if (typeof message === 'string' && message) return message;
  return typeof name === 'string' ? name : String(error);
}
