import { createHash } from 'node:crypto';

/** How many different statement texts one API process keeps prepared on each connection. */
export const PREPARED_STATEMENT_LIMIT = 200;

/**
 * The names under which hand-written statements with parameters run prepared (pg's `name` option of
 * a query); undefined where one runs unnamed.
 *
 * PostgreSQL parses and plans an unnamed statement anew each time it runs; for the short statements
 * that every request sends (the session check, the dashboard's counts) that took longer than
 * running them. A named statement is parsed once per connection, and after a few runs PostgreSQL
 * keeps a generic plan for it when that plan is estimated no dearer than planning each time.
 *
 * Each different text gets a name the first time it runs, and pg prepares it on each connection on
 * first use. The number of names is bounded, as the texts of some statements follow what a query
 * selects: past the limit, further new texts run unnamed, so that neither the process nor the
 * server's connections grow without end.
 */
export class PreparedStatements {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit = PREPARED_STATEMENT_LIMIT) {}

  nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (name === undefined && this.names.size < this.limit) {
      // Named after the text itself: a connection that knows the name knows it for this text only.
      name = `leitstand_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
      this.names.set(text, name);
    }
    return name;
  }
}
