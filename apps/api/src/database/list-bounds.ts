import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { BadUserInputError } from '../common/errors';

/**
 * Refuses to add an item to a list that holds as many as the data model allows (PROJECT_LIMITS),
 * inside the caller's transaction. Additions to one list wait for each other: each locks the row
 * that owns the list (the project of its milestones, the key figure of its measurements) for the
 * rest of the transaction, so that concurrent ones cannot pass the bound together. A row lock,
 * not an advisory lock: row locks live in the rows, so a transaction that adds to thousands of
 * lists (an import) does not fill PostgreSQL's shared lock table (max_locks_per_transaction).
 */
export async function assertRoomFor<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  list: FindOptionsWhere<T>,
  bound: number,
  problem: { path: string; what: string },
): Promise<void> {
  const metadata = manager.getRepository(target).metadata;
  const [[property, ownerId]] = Object.entries(list) as [string, unknown][];
  const relation = metadata.manyToOneRelations.find((candidate) =>
    candidate.joinColumns.some((column) => column.propertyName === property),
  );
  if (!relation) throw new Error(`${metadata.name}.${property} refers to no owner whose row could be locked`);
  // FOR NO KEY UPDATE: additions wait for each other, while the items' foreign-key checks (FOR KEY SHARE) do not.
  await manager.query(`SELECT 1 FROM "${relation.inverseEntityMetadata.tableName}" WHERE id = $1 FOR NO KEY UPDATE`, [
    ownerId,
  ]);
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
