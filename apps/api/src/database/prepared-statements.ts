import { Client, QueryConfig } from 'pg';

/** How many different statement texts one API process keeps prepared on each connection. */
export const PREPARED_STATEMENT_LIMIT = 200;

/**
 * A pg client class that runs statements with parameters as named prepared statements.
 *
 * PostgreSQL parses and plans an unnamed statement anew each time it runs; for the short statements
 * that every request sends (the session check, the dashboard's counts) that took longer than
 * running them. A named statement is parsed once per connection, and after a few runs PostgreSQL
 * keeps a generic plan for it when that plan is estimated no dearer than planning each time.
 *
 * Each different text gets a name the first time it runs, and each connection prepares it on first
 * use. Statements without parameters (transaction control, DDL, migrations of several statements)
 * stay in the simple protocol. The number of names is bounded, as the texts of some statements
 * follow what a query selects: past `limit` different texts, further new ones run unnamed, as
 * before, so that neither the process nor the server's connections grow without end.
 */
export function preparingClient(limit = PREPARED_STATEMENT_LIMIT): typeof Client {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < limit) {
      name = `leitstand_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  class PreparingClient extends Client {
    override query(config: unknown, values?: unknown, callback?: unknown): never {
      const query = super.query as (...args: unknown[]) => never;
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
        const name = nameOf(config);
        if (name !== undefined) {
          const named: QueryConfig = { name, text: config, values };
          return callback === undefined ? query.call(this, named) : query.call(this, named, callback);
        }
      }
      return query.call(this, config, values, callback);
    }
  }
  return PreparingClient;
}
