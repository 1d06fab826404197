import { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { Sql, sql } from './sql';

/** Where statements go: the pool, or the unit of work's transaction. */
export type Db = DataSource | EntityManager;

function metadataOf(db: Db, entity: EntityTarget<ObjectLiteral>): EntityMetadata {
  return (db instanceof DataSource ? db : db.connection).getMetadata(entity);
}

/** The entity's columns under the alias, named as its properties: `p."planned_end_date" AS "plannedEndDate", …`. */
export function selectColumns(
  db: Db,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  except: readonly string[] = [],
): Sql {
  return sql.raw(
    metadataOf(db, entity)
      .columns.filter((column) => !except.includes(column.propertyName))
      .map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`)
      .join(', '),
  );
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
  options: { except?: readonly string[]; extra?: Record<string, () => Sql>; fields?: ReadonlySet<string> } = {},
): Sql {
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
      return sql.raw(`${column.type === 'numeric' ? `${value}::text` : value} AS "${column.propertyName}"`);
    });
  for (const [name, value] of Object.entries(options.extra ?? {}))
    if (wanted(name)) columns.push(sql`${value()} AS ${sql.raw(`"${name}"`)}`);
  // A row made JSON: PostgreSQL writes it more cheaply than json_build_object, and without spaces.
  return sql`(SELECT row_to_json(_row) FROM (SELECT ${sql.join(columns)}) _row)`;
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

/**
 * The properties whose changes a record's history shows: every column of the entity but its id,
 * version and timestamps, and those named in `except`. A column added to the entity is in its
 * history without further ado.
 */
export function recordedFields(db: Db, entity: EntityTarget<ObjectLiteral>, except: readonly string[] = []): string[] {
  return metadataOf(db, entity)
    .columns.filter(
      (column) =>
        !column.isPrimary &&
        !column.isVersion &&
        !column.isCreateDate &&
        !column.isUpdateDate &&
        column.propertyName !== 'version' &&
        !except.includes(column.propertyName),
    )
    .map((column) => column.propertyName);
}
