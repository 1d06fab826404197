import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { NotFoundError, StaleVersionError } from './errors';

interface Versioned extends ObjectLiteral {
  id: string;
  version: number;
}

/**
 * Changes a record that the caller saw at `expectedVersion`, inside the caller's transaction:
 * the row is locked and read, a stale version is refused with CONFLICT, and the UPDATE itself
 * names the version, so that of any number of writers with the same version exactly one wins.
 * Returns the record before and after, for the history.
 */
export async function updateVersioned<T extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<T>,
  label: string,
  id: string,
  expectedVersion: number,
  changes: (current: T) => Partial<T> | Promise<Partial<T>>,
): Promise<{ before: T; after: T }> {
  const before = await manager.findOne(target, {
    where: { id } as FindOptionsWhere<T>,
    lock: { mode: 'pessimistic_write' },
  });
  if (!before) throw new NotFoundError(label, id);
  if (before.version !== expectedVersion) throw new StaleVersionError(label, expectedVersion, before.version);
  const values = { ...(await changes(before)), version: expectedVersion + 1 } as Partial<T>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM types the update payload by a deep partial that a generic T cannot satisfy.
  const result = await manager.update(target, { id, version: expectedVersion } as FindOptionsWhere<T>, values as any);
  if (result.affected !== 1) throw new StaleVersionError(label, expectedVersion, expectedVersion + 1);
  const after = await manager.findOneOrFail(target, { where: { id } as FindOptionsWhere<T> });
  return { before, after };
}

/** The PostgreSQL error code of a failed statement, e.g. '23505' for a unique violation. */
export function pgErrorCode(error: unknown): string | undefined {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ??
    (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  const constraint =
    (error as { driverError?: { constraint?: unknown } })?.driverError?.constraint ??
    (error as { constraint?: unknown })?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}
