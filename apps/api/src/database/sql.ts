/**
 * The one way to write SQL by hand: a tagged template whose interpolations are parameters.
 *
 *     sql`SELECT * FROM project p WHERE p.code = ${code} AND ${condition}`
 *
 * A value becomes a placeholder (`$1`, `$2`, …) and travels apart from the text, so no value is
 * ever spliced into a statement. A fragment made with `sql` is put in place with its own
 * parameters, numbered on; `sql.raw` is text that the code itself wrote (a column list from the
 * entities' metadata, a direction from a fixed table), never a value from outside.
 */
export class Sql {
  /** Text pieces and, between each two, a parameter. `pieces.length === values.length + 1`. */
  private constructor(
    private readonly pieces: readonly string[],
    private readonly parameters: readonly unknown[],
    /** See `sql.plannedEachRun`: true where the statement holds such a fragment. */
    readonly plannedEachRun = false,
  ) {}

  static of(strings: readonly string[], interpolations: readonly unknown[], plannedEachRun = false): Sql {
    const pieces: string[] = [strings[0]];
    const parameters: unknown[] = [];
    interpolations.forEach((value, index) => {
      if (value instanceof Sql) {
        plannedEachRun ||= value.plannedEachRun;
        // A fragment: its first piece continues the current one, its parameters join ours.
        pieces[pieces.length - 1] += value.pieces[0];
        for (let i = 0; i < value.parameters.length; i++) {
          parameters.push(value.parameters[i]);
          pieces.push(value.pieces[i + 1]);
        }
        pieces[pieces.length - 1] += strings[index + 1];
      } else {
        parameters.push(value);
        pieces.push(strings[index + 1]);
      }
    });
    return new Sql(pieces, parameters, plannedEachRun);
  }

  /** The statement's text with numbered placeholders. */
  get text(): string {
    let text = this.pieces[0];
    for (let i = 1; i < this.pieces.length; i++) text += `$${i}${this.pieces[i]}`;
    return text;
  }

  /** The parameters, in the order of their placeholders. */
  get values(): unknown[] {
    return [...this.parameters];
  }

  /** True where the fragment is empty text (e.g. an optional condition that was left out). */
  get isEmpty(): boolean {
    return this.parameters.length === 0 && this.pieces[0].trim() === '';
  }
}

type SqlTag = {
  (strings: TemplateStringsArray, ...values: unknown[]): Sql;
  /** Text written by the code itself, not a value: names, column lists, a fixed direction. */
  raw(text: string): Sql;
  /** The fragments with a separator between each two (`, ` by default); the empty ones left out. */
  join(fragments: readonly Sql[], separator?: string): Sql;
  /** The conditions joined with AND; TRUE where there are none. */
  and(conditions: readonly Sql[]): Sql;
  /**
   * The fragment, and every statement it becomes part of, planned for its values each time it runs
   * (unnamed, see UnitOfWork.query), never by a prepared statement's generic plan: for a condition
   * whose rows only the value tells. A period's `@> instant` is estimated from the GiST index's
   * statistics only for a known instant; for an unknown one PostgreSQL assumes a fixed small
   * fraction, so that a generic plan read a project's milestones of then through every version of
   * the instant (a read as of then took 300 ms instead of 5 at 1,000 projects).
   */
  plannedEachRun(fragment: Sql): Sql;
};

export const sql: SqlTag = Object.assign(
  (strings: TemplateStringsArray, ...values: unknown[]): Sql => Sql.of(strings, values),
  {
    raw: (text: string): Sql => Sql.of([text], []),
    join(fragments: readonly Sql[], separator = ', '): Sql {
      const kept = fragments.filter((fragment) => !fragment.isEmpty);
      if (kept.length === 0) return Sql.of([''], []);
      return Sql.of(['', ...kept.slice(1).map(() => separator), ''], kept);
    },
    and(conditions: readonly Sql[]): Sql {
      const kept = conditions.filter((condition) => !condition.isEmpty);
      return kept.length === 0 ? sql.raw('TRUE') : sql.join(kept, ' AND ');
    },
    plannedEachRun: (fragment: Sql): Sql => Sql.of(['', ''], [fragment], true),
  },
);

/**
 * A page's LIMIT, written into the statement rather than passed as a parameter. PostgreSQL keeps one
 * plan for all executions of a prepared statement only if that plan is estimated no costlier than
 * plans made for the values; with the limit unknown it assumes a tenth of all rows, so the list page
 * was planned anew on every request. Page sizes are integers from 0 to MAX_PAGE_SIZE (toPage checks),
 * so this makes at most 201 statement texts.
 */
export function pageLimit(limit: number): Sql {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`A page's limit must be a whole number, not ${limit}`);
  return sql.raw(`LIMIT ${limit}`);
}
