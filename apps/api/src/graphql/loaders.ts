import DataLoader from 'dataloader';
import { AsOf, stampAsOf } from '../common/as-of';

/** Orders the rows that a batch query found as the keys were asked for; null where none was found. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** A loader of records by id, batched into one query per tick of the request; what it reads as of `asOf` is marked so. */
export function loaderById<V extends { id: string }>(
  load: (ids: readonly string[]) => Promise<V[]>,
  asOf: AsOf = null,
): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => byKeys(ids, stampAsOf(await load(ids), asOf), (row) => row.id));
}

/** A loader of lists by a key (e.g. the milestones of each project), batched into one query. */
export function loaderOfLists<V>(
  load: (keys: readonly string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
  asOf: AsOf = null,
): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, V[]>(keys.map((key) => [key, []]));
    for (const row of stampAsOf(await load(keys), asOf)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader of at most one row per key (e.g. the latest report of each project). */
export function loaderOfOne<V>(
  load: (keys: readonly string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
  asOf: AsOf = null,
): DataLoader<string, V | null> {
  return new DataLoader(async (keys) => byKeys(keys, stampAsOf(await load(keys), asOf), keyOf));
}
