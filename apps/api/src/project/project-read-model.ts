import { FieldNode, GraphQLResolveInfo } from 'graphql';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AsOf, stampAsOf } from '../common/as-of';
import { Db, fromJson, jsonColumns, selectColumns } from '../database/columns';
import { madeBy, measuredBy, tableAsOf } from '../database/history';
import { pageLimit, Sql, sql } from '../database/sql';
import { selectedFields, selectedNames } from '../graphql/selection';
import { Kpi, KpiMeasurement } from '../kpi/kpi.entity';
import { KpiRow } from '../kpi/kpi.repository';
import { milestoneJson, milestonesInStates } from '../milestone/milestone.repository';
import { Milestone } from '../milestone/milestone.entity';
import { StatusUpdate } from '../status/status-update.entity';
import { OrderDirection, ProjectFilter, ProjectOrder, ProjectOrderField } from './dto/project.input';
import { Project } from './project.entity';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The instant a filter selects at: now, or the instant a read is as of. */
export interface FilterInstant {
  /** The instant itself (asOf where given). */
  now: Date;
  /** Its calendar day in the portfolio's time zone, as of which milestone states are computed. */
  today: string;
  /** The instant the projects are read as of; null for now. */
  asOf: AsOf;
}

/**
 * The one translation of a ProjectFilter into SQL over `project p`: the project list with its
 * total, the connections of fields of action, the portfolio summary, its changes and the exports
 * all select through it.
 */
export function projectWhere(filter: ProjectFilter | null | undefined, at: FilterInstant): Sql {
  const { now } = at;
  const conditions: Sql[] = [];
  const search = filter?.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search)}%`;
    conditions.push(
      sql`(p.code ILIKE ${pattern} OR p.title ILIKE ${pattern} OR p.summary ILIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(p.tags) tag WHERE tag ILIKE ${pattern}))`,
    );
  }
  if (filter?.phase?.length) conditions.push(sql`p.phase = ANY(${filter.phase}::text[])`);
  if (filter?.health?.length) conditions.push(sql`p.health = ANY(${filter.health}::text[])`);
  if (filter?.strategyId)
    conditions.push(sql`p.field_id IN (SELECT f.id FROM field_of_action f WHERE f.strategy_id = ${filter.strategyId})`);
  if (filter?.fieldId?.length) conditions.push(sql`p.field_id = ANY(${filter.fieldId}::uuid[])`);
  if (filter?.departmentId?.length) conditions.push(sql`p.department_id = ANY(${filter.departmentId}::uuid[])`);
  if (filter?.leadId?.length) conditions.push(sql`p.lead_id = ANY(${filter.leadId}::uuid[])`);
  if (filter?.tags?.length) conditions.push(sql`p.tags && ${filter.tags}::text[]`);
  if (filter?.staleForDays !== null && filter?.staleForDays !== undefined) {
    conditions.push(sql`project_is_stale(p.phase, p.last_status_at, p.created_at, ${filter.staleForDays}, ${now})`);
  }
  if (filter?.milestoneState?.length)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${tableAsOf('milestone', at.asOf)} m
                   WHERE m.project_id = p.id AND ${milestonesInStates(filter.milestoneState, at.today)})`,
    );
  // The version of then holds the time of the last report of then.
  if (filter?.reported === true) conditions.push(sql`p.last_status_at IS NOT NULL`);
  if (filter?.reported === false) conditions.push(sql`p.last_status_at IS NULL`);
  if (!filter?.includeArchived) conditions.push(sql`p.archived_at IS NULL`);
  return sql.and(conditions);
}

const ORDER_COLUMNS: Record<ProjectOrderField, string> = {
  [ProjectOrderField.CODE]: 'p.code',
  [ProjectOrderField.TITLE]: 'lower(p.title)',
  [ProjectOrderField.PLANNED_END_DATE]: 'p.planned_end_date',
  [ProjectOrderField.HEALTH]: `CASE p.health WHEN 'ON_TRACK' THEN 0 WHEN 'AT_RISK' THEN 1 ELSE 2 END`,
  [ProjectOrderField.UPDATED_AT]: 'p.updated_at',
};

function projectOrderBy(order: ProjectOrder | null | undefined): Sql {
  const column = ORDER_COLUMNS[order?.field ?? ProjectOrderField.CODE];
  const direction = order?.direction === OrderDirection.DESC ? 'DESC' : 'ASC';
  return sql.raw(`${column} ${direction} NULLS LAST, p.code ASC, p.id ASC`);
}

/**
 * What a statement that reads projects brings along with each, because the query asks for it: for
 * each relation, the names of its fields that the query selects. Besides the lists named here, the
 * relations to one record (lead, department, field, …) are the entity's many-to-one relations, by
 * the name of the GraphQL field that answers with them, which is the relation's name.
 */
export interface ProjectRelations {
  milestones?: ReadonlySet<string>;
  latestStatus?: ReadonlySet<string>;
  kpis?: ReadonlySet<string>;
  /** The newest measurement of each key figure (only with kpis). */
  kpiLatest?: ReadonlySet<string>;
  /** The relations to one record, by name. */
  toOne?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The related records that the statement which read a project brought along, by the field that answers with them. */
export interface PreloadedRelations {
  milestones?: Milestone[];
  latestStatus?: StatusUpdate | null;
  kpis?: KpiRow[];
  /** The relations to one record (lead, department, …), by name: null where the project has none. */
  toOne?: Map<string, object | null>;
}

/**
 * A project as the API answers with it: its columns, and what was read along with it. A relation
 * that is in `preloaded` is answered from there (the project domain registers preloadedValue with
 * the LoaderRegistry); otherwise its resolver asks the request's loader (a project that came
 * another way: a loader, a write).
 */
export type ProjectRow = Project & { preloaded?: PreloadedRelations };

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
  const lists = new Set(['milestones', 'latestStatus', 'kpis']);
  const toOne = new Map<string, ReadonlySet<string>>();
  // Every other field with a selection of its own may be a relation to one record; the read model
  // brings along those that are.
  for (const name of selectedNames(info, projects)) {
    if (lists.has(name)) continue;
    const fields = selectedFields(info, projects, name).filter((field) => field.selectionSet);
    if (fields.length > 0) toOne.set(name, selectedNames(info, fields));
  }
  return {
    milestones: asked(selectedFields(info, projects, 'milestones')),
    latestStatus: asked(selectedFields(info, projects, 'latestStatus')),
    kpis: asked(kpis),
    kpiLatest: asked(selectedFields(info, kpis, 'latest')),
    toOne,
  };
}

interface ToOneRelation {
  name: string;
  /** The property that holds the related record's id, e.g. `leadId`. */
  key: string;
  target: EntityTarget<ObjectLiteral>;
  table: string;
}

const toOneOf = new WeakMap<object, ToOneRelation[]>();

/** The project's relations to one record: its many-to-one relations, each with the column that holds its key. */
function toOneRelations(db: Db): ToOneRelation[] {
  const metadata = (db instanceof DataSource ? db : db.connection).getMetadata(Project);
  let relations = toOneOf.get(metadata);
  if (!relations) {
    relations = metadata.manyToOneRelations.map((relation) => ({
      name: relation.propertyName,
      key: relation.joinColumns[0].propertyName,
      target: relation.inverseEntityMetadata.target,
      table: relation.inverseEntityMetadata.tableName,
    }));
    toOneOf.set(metadata, relations);
  }
  return relations;
}

/**
 * The value of a project's field that the read model brought along (null: the project has none),
 * or undefined where it brought none along: then the field's resolver asks a loader.
 */
export function preloadedValue(project: ProjectRow, field: string): unknown {
  const preloaded = project.preloaded;
  if (!preloaded) return undefined;
  if (field === 'milestones' || field === 'latestStatus' || field === 'kpis') return preloaded[field];
  return preloaded.toOne?.has(field) ? preloaded.toOne.get(field) : undefined;
}

/**
 * The related records of the project row `page` that the query asks for, as the pairs of one JSON
 * object, and the joins of the records to one that it needs.
 */
function relatedJson(db: Db, relations: ProjectRelations, today: string, asOf: AsOf): { json: Sql; joins: Sql } {
  const pairs: Sql[] = [];
  const pair = (name: string, value: Sql) => pairs.push(sql`${sql.raw(`'${name}'`)}, ${value}`);
  const toOne: Sql[] = [];
  const joins: Sql[] = [];
  for (const [index, relation] of toOneRelations(db).entries()) {
    const fields = relations.toOne?.get(relation.name);
    if (!fields) continue;
    const alias = `r${index}`;
    joins.push(sql.raw(`LEFT JOIN ${relation.table} ${alias} ON ${alias}.id = page."${relation.key}"`));
    toOne.push(
      sql`${sql.raw(`'${relation.name}'`)}, CASE WHEN ${sql.raw(alias)}.id IS NULL THEN NULL ELSE ${jsonColumns(db, relation.target, alias, { fields })} END`,
    );
  }
  if (toOne.length > 0) pair('toOne', sql`json_build_object(${sql.join(toOne)})`);
  if (relations.milestones) {
    pair(
      'milestones',
      sql`(SELECT COALESCE(json_agg(${milestoneJson(db, 'm', () => sql`${today}`, relations.milestones)} ORDER BY m.planned_date, m.id), '[]')
             FROM ${tableAsOf('milestone', asOf)} m WHERE m.project_id = page.id)`,
    );
  }
  if (relations.latestStatus) {
    pair(
      'latestStatus',
      sql`(SELECT ${jsonColumns(db, StatusUpdate, 's', { fields: relations.latestStatus })} FROM status_update s
            WHERE ${sql.and([sql`s.project_id = page.id`, madeBy('s.created_at', asOf)])} ORDER BY s.created_at DESC, s.id DESC LIMIT 1)`,
    );
  }
  if (relations.kpis) {
    const kpi = jsonColumns(db, Kpi, 'k', { fields: relations.kpis });
    const latest = relations.kpiLatest
      ? sql`, 'latest', (SELECT ${jsonColumns(db, KpiMeasurement, 'km', { fields: relations.kpiLatest })}
                          FROM ${tableAsOf('kpi_measurement', asOf)} km WHERE ${sql.and([sql`km.kpi_id = k.id`, measuredBy('km', today, asOf)])}
                         ORDER BY km.date DESC LIMIT 1)`
      : sql``;
    pair(
      'kpis',
      sql`(SELECT COALESCE(json_agg(json_build_object('kpi', ${kpi}${latest}) ORDER BY k.created_at, k.name), '[]')
             FROM ${tableAsOf('kpi', asOf)} k WHERE k.project_id = page.id)`,
    );
  }
  const json = pairs.length === 0 ? sql`'{}'::json` : sql`json_build_object(${sql.join(pairs, ',\n            ')})`;
  return { json, joins: sql.join(joins, '\n') };
}

interface Related {
  toOne?: Record<string, Record<string, unknown> | null>;
  milestones?: Milestone[];
  latestStatus?: Record<string, unknown> | null;
  kpis?: { kpi: Record<string, unknown>; latest?: Record<string, unknown> | null }[];
}

/** Which projects a read selects, in which order, which of them, and what it brings along. */
export interface ProjectSelection {
  /** The condition on `project p` that selects the projects (projectWhere, and what else the read asks). */
  where: Sql;
  order?: ProjectOrder | null;
  offset: number;
  limit: number;
  now: Date;
  /** The day that milestone states are computed for. */
  today: string;
  relations?: ProjectRelations;
  /** The instant the projects are read as of; null for now. */
  asOf: AsOf;
}

/**
 * The list page's read model: the page of projects that the selection selects, each row with the
 * number of all of them (`_total`), in one statement that also brings along the related records
 * that the query asks for (lead, department, field of action, milestones with their state, the
 * latest report, key figures with their newest measurement), with only the columns that the query
 * needs: a round trip per relation, with a row and an object per value, costs more than the JSON
 * that PostgreSQL builds.
 */
export function projectsStatement(db: Db, selection: ProjectSelection): Sql {
  const where = selection.where;
  const order = projectOrderBy(selection.order);
  // The number of all comes from its own scan: as a window over the rows (count(*) OVER ()) it would
  // make PostgreSQL read and sort every project before it could take the first page from an index.
  const projects = tableAsOf('project', selection.asOf);
  const page = sql`SELECT ${selectColumns(db, Project, 'p')},
                          (SELECT count(*) FROM ${projects} p WHERE ${where})::int AS "_total",
                          row_number() OVER (ORDER BY ${order}) AS "_n"
                     FROM ${projects} p WHERE ${where}
                    ORDER BY ${order} OFFSET ${selection.offset} ${pageLimit(selection.limit)}`;
  // The related records come as JSON text, parsed once the page is complete: objects made while the
  // rows still arrive would live through the collections of every request in between.
  const related = relatedJson(db, selection.relations ?? {}, selection.today, selection.asOf);
  return sql`SELECT page.*, ${related.json}::text AS "_related"
               FROM (${page}) page
               ${related.joins}
              ORDER BY page."_n"`;
}

/**
 * The rows of projectsStatement as projects with what was read along with them, each with the number
 * of all (`_total`); each of them, and what came along, marked with the instant read as of.
 */
export function projectsFromRows(
  db: Db,
  rows: (Project & { _total: number; _n: unknown; _related: string })[],
  asOf: AsOf,
): (ProjectRow & { _total?: number })[] {
  const targets = new Map(toOneRelations(db).map((relation) => [relation.name, relation.target]));
  const projects = rows.map((row) => {
    const { _n, _related, ...columns } = row;
    void _n;
    const related = JSON.parse(_related) as Related;
    const preloaded: PreloadedRelations = {};
    if (related.toOne) {
      preloaded.toOne = new Map(
        Object.entries(related.toOne).map(([name, json]) => [name, fromJson(db, targets.get(name)!, json)]),
      );
    }
    if (related.milestones) preloaded.milestones = stampAsOf(related.milestones, asOf);
    if (related.latestStatus !== undefined)
      preloaded.latestStatus = stampAsOf([fromJson(db, StatusUpdate, related.latestStatus)], asOf)[0];
    if (related.kpis) {
      preloaded.kpis = related.kpis.map(({ kpi, latest }) => {
        const row: KpiRow = fromJson(db, Kpi, kpi)!;
        if (latest !== undefined) row.preloaded = { latest: fromJson(db, KpiMeasurement, latest) };
        return row;
      });
      stampAsOf(preloaded.kpis, asOf);
    }
    return Object.keys(preloaded).length > 0 ? { ...columns, preloaded } : columns;
  });
  return stampAsOf(projects, asOf);
}
