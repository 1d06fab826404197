import { DataSource } from 'typeorm';
import { fromJson, jsonColumns, SqlParams, selectColumns } from '../common/sql';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { OrderDirection, ProjectFilter, ProjectOrder, ProjectOrderField } from './dto/project.input';
import { Project } from './project.entity';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The one translation of a ProjectFilter into SQL over `project p`: the project list, the
 * connections of fields of action and the portfolio summary all select through it.
 */
export function projectWhere(filter: ProjectFilter | null | undefined, sql: SqlParams, now: Date): string {
  const conditions: string[] = [];
  const search = filter?.search?.trim();
  if (search) {
    const pattern = sql.param(`%${escapeLike(search)}%`);
    conditions.push(
      `(p.code ILIKE ${pattern} OR p.title ILIKE ${pattern} OR p.summary ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(p.tags) tag WHERE tag ILIKE ${pattern}))`,
    );
  }
  if (filter?.phase?.length) conditions.push(`p.phase = ANY(${sql.param(filter.phase)}::text[])`);
  if (filter?.health?.length) conditions.push(`p.health = ANY(${sql.param(filter.health)}::text[])`);
  if (filter?.strategyId)
    conditions.push(
      `p.field_id IN (SELECT f.id FROM field_of_action f WHERE f.strategy_id = ${sql.param(filter.strategyId)})`,
    );
  if (filter?.fieldId?.length) conditions.push(`p.field_id = ANY(${sql.param(filter.fieldId)}::uuid[])`);
  if (filter?.departmentId?.length) conditions.push(`p.department_id = ANY(${sql.param(filter.departmentId)}::uuid[])`);
  if (filter?.leadId?.length) conditions.push(`p.lead_id = ANY(${sql.param(filter.leadId)}::uuid[])`);
  if (filter?.tags?.length) conditions.push(`p.tags && ${sql.param(filter.tags)}::text[]`);
  if (filter?.staleForDays !== null && filter?.staleForDays !== undefined) {
    conditions.push(
      `project_is_stale(p.phase, p.last_status_at, p.created_at, ${sql.param(filter.staleForDays)}, ${sql.param(now)})`,
    );
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'TRUE';
}

const ORDER_COLUMNS: Record<ProjectOrderField, string> = {
  [ProjectOrderField.CODE]: 'p.code',
  [ProjectOrderField.TITLE]: 'lower(p.title)',
  [ProjectOrderField.PLANNED_END_DATE]: 'p.planned_end_date',
  [ProjectOrderField.HEALTH]: `CASE p.health WHEN 'ON_TRACK' THEN 0 WHEN 'AT_RISK' THEN 1 ELSE 2 END`,
  [ProjectOrderField.UPDATED_AT]: 'p.updated_at',
};

export function projectOrderBy(order: ProjectOrder | null | undefined): string {
  const column = ORDER_COLUMNS[order?.field ?? ProjectOrderField.CODE];
  const direction = order?.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  return `${column} ${direction} NULLS LAST, p.code ASC, p.id ASC`;
}

/**
 * The page of projects that the filter selects, each row with the number of all of them (`_total`)
 * and the project's lead, department and field of action (in `lead`, `department`, `field`; unset
 * where none), in one statement: a list page needs them all, and three more round trips cost more
 * than the joins.
 */
export async function selectProjects(
  dataSource: DataSource,
  options: {
    filter?: ProjectFilter | null;
    order?: ProjectOrder | null;
    offset: number;
    limit: number;
    now: Date;
    extra?: (sql: SqlParams) => string;
  },
): Promise<(Project & { _total?: number })[]> {
  const sql = new SqlParams();
  const where = projectWhere(options.filter, sql, options.now);
  const extra = options.extra ? ` AND ${options.extra(sql)}` : '';
  type Row = Project & { _total: number; _lead: object | null; _department: object | null; _field: object | null };
  const rows: Row[] = await dataSource.query(
    `SELECT page.*,
            CASE WHEN l.id IS NULL THEN NULL ELSE ${jsonColumns(dataSource, Person, 'l')} END AS "_lead",
            CASE WHEN d.id IS NULL THEN NULL ELSE ${jsonColumns(dataSource, Department, 'd')} END AS "_department",
            CASE WHEN f.id IS NULL THEN NULL ELSE ${jsonColumns(dataSource, FieldOfAction, 'f')} END AS "_field"
       FROM (SELECT ${selectColumns(dataSource, Project, 'p')}, count(*) OVER ()::int AS "_total",
                    row_number() OVER (ORDER BY ${projectOrderBy(options.order)}) AS "_n"
               FROM project p WHERE ${where}${extra}
              ORDER BY ${projectOrderBy(options.order)} OFFSET ${sql.param(options.offset)} LIMIT ${sql.param(options.limit)}) page
       LEFT JOIN person l ON l.id = page."leadId"
       LEFT JOIN department d ON d.id = page."departmentId"
       LEFT JOIN field_of_action f ON f.id = page."fieldId"
      ORDER BY page."_n"`,
    sql.values,
  );
  return rows.map((row) => {
    const { _n, _lead, _department, _field, ...columns } = row as Row & { _n: unknown };
    void _n;
    return Object.assign(columns as Project & { _total?: number }, {
      lead: fromJson(dataSource, Person, _lead as Record<string, unknown> | null) ?? undefined,
      department: fromJson(dataSource, Department, _department as Record<string, unknown> | null) ?? undefined,
      field: fromJson(dataSource, FieldOfAction, _field as Record<string, unknown> | null) ?? undefined,
    });
  });
}
