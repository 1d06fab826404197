import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/** Where statements go: the pool, or the unit of work's transaction. */
export type Db = DataSource | EntityManager;

function metadataOf(db: Db, entity: EntityTarget<ObjectLiteral>): EntityMetadata {
  return (db instanceof DataSource ? db : db.connection).getMetadata(entity);
}

/** Collects the parameters of a hand-written statement: `sql.param(value)` gives `$1`, `$2`, … */
export class SqlParams {
  readonly values: unknown[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A page's LIMIT, written into the statement rather than passed as a parameter. PostgreSQL keeps one
 * plan for all executions of a prepared statement only if that plan is estimated no costlier than
 * plans made for the values; with the limit unknown it assumes a tenth of all rows, so the list page
 * was planned anew on every request. Page sizes are
 * integers from 0 to MAX_PAGE_SIZE (toPage checks), so this makes at most 201 statement texts.
 */
export function pageLimit(limit: number): string {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`A page's limit must be a whole number, not ${limit}`);
  return `LIMIT ${limit}`;
}

/** The entity's columns under the alias, named as its properties: `p."planned_end_date" AS "plannedEndDate", …`. */
export function selectColumns(
  db: Db,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  except: readonly string[] = [],
): string {
  return metadataOf(db, entity)
    .columns.filter((column) => !except.includes(column.propertyName))
    .map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}

/**
 * The entity's columns under the alias as one JSON object keyed by property name, for rows that
 * bring a related record along in the same statement: `{"id":…,"name":…}`.
 * Numeric columns go as text, as the driver would give them; `extra` adds computed values, each made
 * only when wanted (so that its placeholders exist only then). With `fields` (the GraphQL fields
 * asked for), only what they need: the id, the columns asked for, the keys of the relations asked
 * for (`ownerId` for `owner`), and the extras asked for.
 */
export function jsonColumns(
  db: Db,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  options: { except?: readonly string[]; extra?: Record<string, () => string>; fields?: ReadonlySet<string> } = {},
): string {
  const metadata = metadataOf(db, entity);
  const { fields } = options;
  const keys = new Set(
    metadata.manyToOneRelations
      .filter((relation) => fields?.has(relation.propertyName))
      .flatMap((relation) => relation.joinColumns.map((column) => column.propertyName)),
  );
  const wanted = (name: string) => !fields || name === 'id' || fields.has(name) || keys.has(name);
  const columns = metadata.columns
    .filter((column) => !options.except?.includes(column.propertyName) && wanted(column.propertyName))
    .map((column) => {
      const value = `${alias}."${column.databaseName}"`;
      return `${column.type === 'numeric' ? `${value}::text` : value} AS "${column.propertyName}"`;
    });
  for (const [name, value] of Object.entries(options.extra ?? {}))
    if (wanted(name)) columns.push(`${value()} AS "${name}"`);
  // A row made JSON: PostgreSQL writes it more cheaply than json_build_object, and without spaces.
  return `(SELECT row_to_json(_row) FROM (SELECT ${columns.join(', ')}) _row)`;
}

const timestampColumns = new WeakMap<object, string[]>();

/**
 * Turns an object made by jsonColumns into the row that the driver would have given: JSON has no
 * timestamps, so they come as ISO text and become Dates again. The object itself is changed.
 */
export function fromJson<T extends ObjectLiteral>(
  db: Db,
  entity: EntityTarget<T>,
  json: Record<string, unknown> | null,
): T | null {
  if (json === null) return null;
  const metadata = metadataOf(db, entity);
  let timestamps = timestampColumns.get(metadata);
  if (!timestamps) {
    timestamps = metadata.columns
      .filter((column) => column.type === 'timestamptz' || column.type === 'timestamp with time zone')
      .map((column) => column.propertyName);
    timestampColumns.set(metadata, timestamps);
  }
  for (const name of timestamps) {
    const value = json[name];
    if (typeof value === 'string') json[name] = new Date(value);
  }
  return json as T;
}
