import { FieldNode, GraphQLResolveInfo } from 'graphql';
import { Db, fromJson, jsonColumns, pageLimit, SqlParams, selectColumns } from '../common/sql';
import { prefetch, selectedFields, selectedNames } from '../graphql/prefetch';
import { Kpi, KpiMeasurement } from '../kpi/kpi.entity';
import { milestoneJson } from '../milestone/milestone-query';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { StatusUpdate } from '../status/status-update.entity';
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
 * What a statement that reads projects brings along with each, because the query asks for it: for
 * each relation, the names of its fields that the query selects.
 */
export interface ProjectRelations {
  lead?: ReadonlySet<string>;
  department?: ReadonlySet<string>;
  field?: ReadonlySet<string>;
  milestones?: ReadonlySet<string>;
  latestStatus?: ReadonlySet<string>;
  kpis?: ReadonlySet<string>;
  /** The newest measurement of each key figure (only with kpis). */
  kpiLatest?: ReadonlySet<string>;
}

/**
 * The relations that the query selects on the projects that this field answers with: on the field
 * itself (a project), or on the `nodes` and `edges { node }` of a connection.
 */
export function relationsAsked(info: GraphQLResolveInfo, answer: 'project' | 'connection'): ProjectRelations {
  const projects =
    answer === 'project'
      ? info.fieldNodes
      : [
          ...selectedFields(info, info.fieldNodes, 'nodes'),
          ...selectedFields(info, selectedFields(info, info.fieldNodes, 'edges'), 'node'),
        ];
  const asked = (fields: FieldNode[]) => (fields.length > 0 ? selectedNames(info, fields) : undefined);
  const kpis = selectedFields(info, projects, 'kpis');
  return {
    lead: asked(selectedFields(info, projects, 'lead')),
    department: asked(selectedFields(info, projects, 'department')),
    field: asked(selectedFields(info, projects, 'field')),
    milestones: asked(selectedFields(info, projects, 'milestones')),
    latestStatus: asked(selectedFields(info, projects, 'latestStatus')),
    kpis: asked(kpis),
    kpiLatest: asked(selectedFields(info, kpis, 'latest')),
  };
}

/**
 * The related records of the project row `page` (with its lead `l`, department `d` and field `f`)
 * that the query asks for, as the pairs of one JSON object.
 */
function relatedJson(db: Db, relations: ProjectRelations, sql: SqlParams, today: string): string {
  const pairs: Record<string, string> = {};
  const joined = [
    ['lead', Person, 'l'],
    ['department', Department, 'd'],
    ['field', FieldOfAction, 'f'],
  ] as const;
  for (const [name, entity, alias] of joined) {
    const fields = relations[name];
    if (fields)
      pairs[name] = `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE ${jsonColumns(db, entity, alias, { fields })} END`;
  }
  if (relations.milestones) {
    pairs.milestones = `(SELECT COALESCE(json_agg(${milestoneJson(db, 'm', () => sql.param(today), relations.milestones)} ORDER BY m.planned_date, m.id), '[]')
                           FROM milestone m WHERE m.project_id = page.id)`;
  }
  if (relations.latestStatus) {
    pairs.latestStatus = `(SELECT ${jsonColumns(db, StatusUpdate, 's', { fields: relations.latestStatus })} FROM status_update s
                            WHERE s.project_id = page.id ORDER BY s.created_at DESC, s.id DESC LIMIT 1)`;
  }
  if (relations.kpis) {
    const kpi = jsonColumns(db, Kpi, 'k', { fields: relations.kpis });
    const latest = relations.kpiLatest
      ? `, 'latest', (SELECT ${jsonColumns(db, KpiMeasurement, 'km', { fields: relations.kpiLatest })}
                        FROM kpi_measurement km WHERE km.kpi_id = k.id ORDER BY km.date DESC LIMIT 1)`
      : '';
    pairs.kpis = `(SELECT COALESCE(json_agg(json_build_object('kpi', ${kpi}${latest}) ORDER BY k.created_at, k.name), '[]')
                     FROM kpi k WHERE k.project_id = page.id)`;
  }
  if (Object.keys(pairs).length === 0) return `'{}'::json`;
  return `json_build_object(${Object.entries(pairs)
    .map(([name, value]) => `'${name}', ${value}`)
    .join(',\n            ')})`;
}

interface Related {
  lead?: Record<string, unknown> | null;
  department?: Record<string, unknown> | null;
  field?: Record<string, unknown> | null;
  milestones?: Record<string, unknown>[];
  latestStatus?: Record<string, unknown> | null;
  kpis?: { kpi: Record<string, unknown>; latest?: Record<string, unknown> | null }[];
}

/**
 * The page of projects that the filter selects, each row with the number of all of them (`_total`),
 * in one statement that also brings along the related records that the query asks for (lead,
 * department, field of action, milestones with their state, the latest report, key figures with
 * their newest measurement), with only the columns that the query needs, handed to the projects
 * with `prefetch`: a round trip per relation, with a row and an object per value, costs more than
 * the JSON that PostgreSQL builds. `today` is the day that milestone states are computed for.
 */
export async function selectProjects(
  db: Db,
  options: {
    filter?: ProjectFilter | null;
    order?: ProjectOrder | null;
    offset: number;
    limit: number;
    now: Date;
    today: string;
    relations?: ProjectRelations;
    extra?: (sql: SqlParams) => string;
  },
): Promise<(Project & { _total?: number })[]> {
  const sql = new SqlParams();
  const where = projectWhere(options.filter, sql, options.now);
  const extra = options.extra ? ` AND ${options.extra(sql)}` : '';
  // The number of all comes from its own scan: as a window over the rows (count(*) OVER ()) it would
  // make PostgreSQL read and sort every project before it could take the first page from an index.
  const page = `SELECT ${selectColumns(db, Project, 'p')},
                       (SELECT count(*) FROM project p WHERE ${where}${extra})::int AS "_total",
                       row_number() OVER (ORDER BY ${projectOrderBy(options.order)}) AS "_n"
                  FROM project p WHERE ${where}${extra}
                 ORDER BY ${projectOrderBy(options.order)} OFFSET ${sql.param(options.offset)} ${pageLimit(options.limit)}`;
  const related = relatedJson(db, options.relations ?? {}, sql, options.today);
  // The related records come as JSON text, parsed once the page is complete: objects made while the
  // rows still arrive would live through the collections of every request in between.
  const rows: (Project & { _total: number; _n: unknown; _related: string })[] = await db.query(
    `SELECT page.*, ${related}::text AS "_related"
       FROM (${page}) page
       LEFT JOIN person l ON l.id = page."leadId"
       LEFT JOIN department d ON d.id = page."departmentId"
       LEFT JOIN field_of_action f ON f.id = page."fieldId"
      ORDER BY page."_n"`,
    sql.values,
  );
  return rows.map((row) => {
    const { _n, _related, ...columns } = row;
    void _n;
    const related = JSON.parse(_related) as Related;
    const values: Record<string, unknown> = {};
    if (related.lead !== undefined) values.lead = fromJson(db, Person, related.lead);
    if (related.department !== undefined) values.department = fromJson(db, Department, related.department);
    if (related.field !== undefined) values.field = fromJson(db, FieldOfAction, related.field);
    if (related.milestones) values.milestones = related.milestones;
    if (related.latestStatus !== undefined) values.latestStatus = fromJson(db, StatusUpdate, related.latestStatus);
    if (related.kpis) {
      values.kpis = related.kpis.map(({ kpi, latest }) => {
        const answered = fromJson(db, Kpi, kpi)!;
        return latest === undefined ? answered : prefetch(answered, { latest: fromJson(db, KpiMeasurement, latest) });
      });
    }
    return prefetch(columns as Project & { _total?: number }, values);
  });
}
