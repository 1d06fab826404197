import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Collects the parameters of a hand-written statement: `sql.param(value)` gives `$1`, `$2`, … */
export class SqlParams {
  readonly values: unknown[] = [];

  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The entity's columns under the alias, named as its properties: `p."planned_end_date" AS "plannedEndDate", …`. */
export function selectColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  except: readonly string[] = [],
): string {
  return dataSource
    .getMetadata(entity)
    .columns.filter((column) => !except.includes(column.propertyName))
    .map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}

/**
 * The entity's columns under the alias as one JSON object keyed by property name, for rows that
 * bring a related record along in the same statement: `json_build_object('id', l."id", …)`.
 * Numeric columns go as text, as the driver would give them.
 */
export function jsonColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const pairs = dataSource.getMetadata(entity).columns.map((column) => {
    const value = `${alias}."${column.databaseName}"`;
    return `'${column.propertyName}', ${column.type === 'numeric' ? `${value}::text` : value}`;
  });
  return `json_build_object(${pairs.join(', ')})`;
}

/** Turns an object made by jsonColumns back into the entity that a repository would have loaded. */
export function fromJson<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  json: Record<string, unknown> | null,
): T | null {
  if (json === null) return null;
  const metadata = dataSource.getMetadata(entity);
  for (const column of metadata.columns) {
    const value = json[column.propertyName];
    // JSON has no timestamps: they come as ISO text and become Dates again, as the driver gives them.
    if (typeof value === 'string' && (column.type === 'timestamptz' || column.type === 'timestamp with time zone'))
      json[column.propertyName] = new Date(value);
  }
  return dataSource.getRepository(entity).create(json as T);
}
