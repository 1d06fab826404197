import DataLoader from 'dataloader';

/** Orders the rows that a batch query found as the keys were asked for; null where none was found. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** A loader of records by id, batched into one query per tick of the request. */
export function loaderById<V extends { id: string }>(
  load: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V | null> {
  return new DataLoader(async (ids) => byKeys(ids, await load(ids), (row) => row.id));
}
