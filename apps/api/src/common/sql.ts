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
export function selectColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return dataSource
    .getMetadata(entity)
    .columns.map((column) => `${alias}."${column.databaseName}" AS "${column.propertyName}"`)
    .join(', ');
}
