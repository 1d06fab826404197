import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { BadUserInputError } from '../common/errors';

/**
 * Refuses to add an item to a list that holds as many as the data model allows (PROJECT_LIMITS),
 * inside the caller's transaction. Additions to one list wait for each other (a transaction-scoped
 * advisory lock on the list), so that concurrent ones cannot pass the bound together.
 */
export async function assertRoomFor<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  list: FindOptionsWhere<T>,
  bound: number,
  problem: { path: string; what: string },
): Promise<void> {
  const key = `${manager.getRepository(target).metadata.tableName} ${JSON.stringify(list)}`;
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
  const count = await manager.count(target, { where: list });
  if (count >= bound)
    throw BadUserInputError.field(
      problem.path,
      'LIST_FULL',
      `already has ${count} ${problem.what}, the most it can hold`,
      {
        max: bound,
      },
    );
}
