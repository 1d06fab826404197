import { Health, ProjectPhase, STALE_AFTER_DAYS } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { EntityTarget, In, ObjectLiteral } from 'typeorm';
import { AsOf } from '../common/as-of';
import { recordedFields, selectColumns } from '../database/columns';
import { madeBy, tableAsOf } from '../database/history';
import { Sql, sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { ProjectFilter, ProjectOrder } from './dto/project.input';
import { ProjectDependency } from './project-dependency.entity';
import { ProjectMember } from './project-member.entity';
import { projectsFromRows, ProjectRelations, ProjectRow, projectsStatement, projectWhere } from './project-read-model';
import { Project } from './project.entity';

/** The portfolio summary's one row (see PortfolioSummaryService). */
export interface SummaryRow {
  /** Projects per Health value, in the order of the enum. */
  by_health: number[];
  /** Projects per ProjectPhase value, in the order of the enum. */
  by_phase: number[];
  /** The fields of action that have projects, by name, each with its projects per Health value and those without a report. */
  fields: (FieldOfAction & { byHealth: number[]; notReported: number })[] | null;
  budget_planned: string;
  budget_spent: string;
  stale_projects: number;
  milestones_overdue: number;
  milestones_due_soon: number;
  not_reported: number;
}

/** What changed between two instants over the selected projects (see changes()): ids, in their order. */
export interface ChangesRow {
  created: string[];
  completed: string[];
  cancelled: string[];
  health: { projectId: string; from: Health; to: Health; at: string }[];
  milestonesCompleted: string[];
  slipped: { milestoneId: string; dueBefore: string; dueAfter: string; days: number }[];
  risksOpened: string[];
  reports: number;
}

/** How a read of projects is asked: the filter, a further condition, the order, what to bring along. */
export interface ProjectQuery {
  filter?: ProjectFilter | null;
  order?: ProjectOrder | null;
  /** Only the projects of this field of action. */
  fieldId?: string;
  relations?: ProjectRelations;
  now: Date;
  today: string;
  /** The instant the projects are read as of (then `now` is that instant); null for now. */
  asOf: AsOf;
}

/** Projects and what only they hold (members, prerequisites): every statement about them. */
@Injectable()
export class ProjectRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** The fields whose changes the history records: all but the time of the last report, which the report itself records. */
  get recordedFields(): readonly string[] {
    return (this.recorded ??= recordedFields(this.uow.manager, Project, ['lastStatusAt']));
  }

  private recorded: string[] | undefined;

  /** A page of projects with what the query asks for (the read model), and the number of all, from one filter. */
  async page(query: ProjectQuery, page: Page): Promise<Connection<ProjectRow>> {
    // The filter, translated once, selects both the page and the number of all.
    const where = sql.and([
      projectWhere(query.filter, query),
      query.fieldId ? sql`p.field_id = ${query.fieldId}` : sql``,
    ]);
    const select = { ...query, where, offset: page.offset, limit: page.limit };
    const projects = projectsFromRows(
      this.uow.manager,
      await this.uow.query(projectsStatement(this.uow.manager, select)),
      query.asOf,
    );
    const count = async () => {
      const [{ n }] = await this.uow.query<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${tableAsOf('project', query.asOf)} p WHERE ${where}`,
      );
      return n;
    };
    return toConnection(projects, page, await pageTotal(projects, page, count));
  }

  /** One project by id or by code (any case), with what the query asks for, in one statement. */
  async findOne(
    key: { id: string } | { code: string },
    query: Pick<ProjectQuery, 'relations' | 'now' | 'today' | 'asOf'>,
  ): Promise<ProjectRow | null> {
    const where = 'id' in key ? sql`p.id = ${key.id}` : sql`lower(p.code) = lower(${key.code})`;
    const statement = projectsStatement(this.uow.manager, { ...query, where, offset: 0, limit: 1 });
    const [project] = projectsFromRows(this.uow.manager, await this.uow.query(statement), query.asOf);
    if (project) delete project._total;
    return project ?? null;
  }

  /** The projects with these ids, as they stood at `asOf` (null: now). */
  byIds(ids: readonly string[], asOf: AsOf = null): Promise<Project[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, Project, 'p')} FROM ${tableAsOf('project', asOf)} p
           WHERE p.id = ANY(${ids}::uuid[])`,
    );
  }

  /** The projects that these people lead, by code. */
  ledBy(personIds: readonly string[], asOf: AsOf = null): Promise<Project[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, Project, 'p')} FROM ${tableAsOf('project', asOf)} p
           WHERE p.lead_id = ANY(${personIds}::uuid[]) ORDER BY p.code`,
    );
  }

  membersOf(projectIds: readonly string[], asOf: AsOf = null): Promise<ProjectMember[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, ProjectMember, 'm')} FROM ${tableAsOf('project_member', asOf)} m
           WHERE m.project_id = ANY(${projectIds}::uuid[]) ORDER BY m.role`,
    );
  }

  /** The projects that these projects depend on, each with the id of the one that depends on it, by code. */
  prerequisitesOf(projectIds: readonly string[], asOf: AsOf = null): Promise<(Project & { dependentId: string })[]> {
    return this.uow.query(
      sql`SELECT d.project_id AS "dependentId", p.* FROM ${tableAsOf('project_dependency', asOf)} d
            JOIN LATERAL (SELECT ${selectColumns(this.uow.manager, Project, 'p')} FROM ${tableAsOf('project', asOf)} p
                           WHERE p.id = d.depends_on_id) p ON TRUE
           WHERE d.project_id = ANY(${projectIds}::uuid[]) ORDER BY p.code`,
    );
  }

  /** The projects that depend on these projects, each with the id of the one it depends on, by code. */
  dependentsOf(projectIds: readonly string[], asOf: AsOf = null): Promise<(Project & { prerequisiteId: string })[]> {
    return this.uow.query(
      sql`SELECT d.depends_on_id AS "prerequisiteId", p.* FROM ${tableAsOf('project_dependency', asOf)} d
            JOIN LATERAL (SELECT ${selectColumns(this.uow.manager, Project, 'p')} FROM ${tableAsOf('project', asOf)} p
                           WHERE p.id = d.project_id) p ON TRUE
           WHERE d.depends_on_id = ANY(${projectIds}::uuid[]) ORDER BY p.code`,
    );
  }

  /** The project's lead and whether the person is one of its members; null where there is no such project. */
  async accessOf(
    projectId: string,
    personId: string | null,
  ): Promise<{ leadId: string | null; member: boolean } | null> {
    const [row] = await this.uow.query<{ leadId: string | null; member: boolean }>(
      sql`SELECT p.lead_id AS "leadId",
                 EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.person_id = ${personId}) AS member
            FROM project p WHERE p.id = ${projectId}`,
    );
    return row ?? null;
  }

  /** The project with whether the person is one of its members, in one statement; null where there is none. */
  async withMembership(
    projectId: string,
    personId: string | null,
  ): Promise<{ project: Project; member: boolean } | null> {
    const [row] = await this.uow.query<Project & { _member: boolean }>(
      sql`SELECT ${selectColumns(this.uow.manager, Project, 'p')},
                 EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = p.id AND m.person_id = ${personId}) AS "_member"
            FROM project p WHERE p.id = ${projectId}`,
    );
    if (!row) return null;
    const { _member, ...project } = row;
    return { project: this.uow.manager.create(Project, project as Project), member: _member };
  }

  /** Whether a record of this kind with this id exists (the references of a project's input). */
  exists(target: EntityTarget<ObjectLiteral>, id: string): Promise<boolean> {
    return this.uow.manager.existsBy(target, { id });
  }

  /** The ids among these that are of records of this kind. */
  async existing(target: EntityTarget<{ id: string }>, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.uow.manager.find(target, { select: { id: true }, where: { id: In([...ids]) } });
    return new Set(rows.map((row) => row.id));
  }

  /** The projects with these codes, in any case (codes are unique whatever their case). */
  async byCodes(codes: readonly string[]): Promise<Project[]> {
    if (codes.length === 0) return [];
    const lowered = [...new Set(codes.map((code) => code.toLowerCase()))];
    const rows = await this.uow.query<{ id: string }>(
      sql`SELECT p.id FROM project p WHERE lower(p.code) = ANY(${lowered}::text[])`,
    );
    return this.byIds(rows.map((row) => row.id));
  }

  async codeTaken(code: string): Promise<boolean> {
    const [row] = await this.uow.query(sql`SELECT 1 FROM project p WHERE lower(p.code) = lower(${code}) LIMIT 1`);
    return row !== undefined;
  }

  /** Saves a new project and reads it back as stored. */
  async insert(values: Partial<Project>): Promise<Project> {
    const project = await this.uow.manager.save(this.uow.manager.create(Project, values));
    return this.uow.manager.findOneByOrFail(Project, { id: project.id });
  }

  /** Whether any of these projects (transitively) waits for the project: then depending on them closes a cycle. */
  async waitsFor(prerequisites: readonly string[], projectId: string): Promise<boolean> {
    if (prerequisites.length === 0) return false;
    const rows = await this.uow.query(
      sql`WITH RECURSIVE upstream(id) AS (
            SELECT unnest(${prerequisites}::uuid[])
            UNION
            SELECT d.depends_on_id FROM project_dependency d JOIN upstream u ON d.project_id = u.id WHERE d.project_id <> ${projectId}
          ) SELECT id FROM upstream WHERE id = ${projectId} LIMIT 1`,
    );
    return rows.length > 0;
  }

  membersByPerson(projectId: string): Promise<ProjectMember[]> {
    return this.uow.manager.find(ProjectMember, { where: { projectId }, order: { personId: 'ASC' } });
  }

  async replaceMembers(projectId: string, members: { personId: string; role: ProjectMember['role'] }[]): Promise<void> {
    await this.uow.manager.delete(ProjectMember, { projectId });
    if (members.length > 0)
      await this.uow.manager.insert(
        ProjectMember,
        members.map((member) => ({ projectId, ...member })),
      );
  }

  async prerequisiteIds(projectId: string): Promise<string[]> {
    return (await this.uow.manager.find(ProjectDependency, { where: { projectId } })).map((row) => row.dependsOnId);
  }

  async replacePrerequisites(projectId: string, dependsOn: readonly string[]): Promise<void> {
    await this.uow.manager.delete(ProjectDependency, { projectId });
    if (dependsOn.length > 0)
      await this.uow.manager.insert(
        ProjectDependency,
        dependsOn.map((dependsOnId) => ({ projectId, dependsOnId })),
      );
  }

  /** The codes of these projects, sorted. */
  async codesOf(ids: readonly string[]): Promise<string[]> {
    return ids.length ? (await this.byIds(ids)).map((project) => project.code).sort() : [];
  }

  /**
   * What changed after `from` up to and including `to`, over the projects that the filter selects as
   * they stood at `to`, in one statement over the history: each version that began in the interval
   * is compared with the one before it (the version alive at `from`, or none for what was made
   * since). Projects made, completed and cancelled; changes of health; milestones completed; the
   * milestones whose due date (forecast, else planned) at `to` differs from that at `from`, the
   * largest slip first; risks that became open (made open, or opened again); status reports posted.
   * `toDay` is the day of `to`, as of which the filter's milestone states are computed.
   */
  async changes(filter: ProjectFilter | null | undefined, from: Date, to: Date, toDay: string): Promise<ChangesRow> {
    const projects = tableAsOf('project', to);
    // The versions whose period overlaps the interval (from, to]: on the histories' GiST index.
    const interval = (alias: string) =>
      sql`tstzrange(${sql.raw(alias)}.valid_from, ${sql.raw(alias)}.valid_to) && tstzrange(${from}::timestamptz, ${to}::timestamptz, '(]')`;
    const [row] = await this.uow.query<ChangesRow>(
      sql`WITH selected AS (SELECT p.id, p.code FROM ${projects} p WHERE ${projectWhere(filter, { now: to, today: toDay, asOf: to })}),
               pv AS (SELECT h.id, h.valid_from, h.phase, h.health, s.code,
                             lag(h.phase) OVER w AS prev_phase, lag(h.health) OVER w AS prev_health,
                             row_number() OVER w AS n
                        FROM project_history h JOIN selected s ON s.id = h.id
                       WHERE ${interval('h')} WINDOW w AS (PARTITION BY h.id ORDER BY h.valid_from)),
               pchanged AS (SELECT * FROM pv WHERE valid_from > ${from}::timestamptz),
               -- Only the milestones with a version begun in the interval can have changed.
               changed AS (SELECT DISTINCT h.id FROM milestone_history h
                            WHERE h.valid_from > ${from}::timestamptz AND h.valid_from <= ${to}::timestamptz
                              AND h.project_id IN (SELECT id FROM selected)),
               mv AS (SELECT h.id, h.valid_from, h.completed_date,
                             lag(h.completed_date) OVER w AS prev_completed
                        FROM milestone_history h WHERE h.id IN (SELECT id FROM changed) AND ${interval('h')}
                      WINDOW w AS (PARTITION BY h.id ORDER BY h.valid_from)),
               due AS (SELECT b.id, COALESCE(b.forecast_date, b.planned_date) AS before,
                              COALESCE(a.forecast_date, a.planned_date) AS after
                         FROM ${tableAsOf('milestone', from)} b JOIN ${tableAsOf('milestone', to)} a ON a.id = b.id
                        WHERE a.id IN (SELECT id FROM changed)),
               rv AS (SELECT h.id, h.valid_from, h.status, lag(h.status) OVER w AS prev_status
                        FROM risk_history h WHERE h.project_id IN (SELECT id FROM selected) AND ${interval('h')}
                      WINDOW w AS (PARTITION BY h.id ORDER BY h.valid_from))
          SELECT
            (SELECT COALESCE(json_agg(id ORDER BY code), '[]') FROM pchanged WHERE n = 1) AS created,
            (SELECT COALESCE(json_agg(DISTINCT id), '[]') FROM pchanged
              WHERE phase = 'COMPLETED' AND prev_phase IS DISTINCT FROM 'COMPLETED') AS completed,
            (SELECT COALESCE(json_agg(DISTINCT id), '[]') FROM pchanged
              WHERE phase = 'CANCELLED' AND prev_phase IS DISTINCT FROM 'CANCELLED') AS cancelled,
            (SELECT COALESCE(json_agg(json_build_object('projectId', id, 'from', prev_health, 'to', health, 'at', valid_from)
                                      ORDER BY valid_from, code), '[]')
               FROM pchanged WHERE prev_health IS NOT NULL AND health <> prev_health) AS health,
            (SELECT COALESCE(json_agg(id ORDER BY valid_from, id), '[]') FROM mv
              WHERE valid_from > ${from}::timestamptz AND completed_date IS NOT NULL AND prev_completed IS NULL) AS "milestonesCompleted",
            (SELECT COALESCE(json_agg(json_build_object('milestoneId', id, 'dueBefore', before, 'dueAfter', after, 'days', after - before)
                                      ORDER BY after - before DESC, id), '[]')
               FROM due WHERE after <> before) AS slipped,
            (SELECT COALESCE(json_agg(id ORDER BY valid_from, id), '[]') FROM rv
              WHERE valid_from > ${from}::timestamptz AND status = 'OPEN' AND prev_status IS DISTINCT FROM 'OPEN') AS "risksOpened",
            (SELECT count(*)::int FROM status_update s
              WHERE s.project_id IN (SELECT id FROM selected)
                AND s.created_at > ${from}::timestamptz AND s.created_at <= ${to}::timestamptz) AS reports`,
    );
    return row;
  }

  /**
   * The portfolio summary's figures over the projects that the filter selects, in one statement.
   * The whole portfolio now is read from the counts that every write keeps (portfolio_count,
   * open_milestone_count); a filtered one, or any as of a past instant, from the projects and
   * milestones themselves (as they stood then: their history). The projects without a report are
   * counted when asked, as the stale ones are.
   */
  async summary(filter: ProjectFilter | null | undefined, now: Date, today: string, asOf: AsOf): Promise<SummaryRow> {
    const at = { now, today, asOf };
    const where = projectWhere(filter, at);
    // The whole portfolio now but its archived projects, which the counts leave out too.
    const whole =
      !asOf && !filter?.includeArchived && projectWhere({ ...filter, includeArchived: true }, at).text === 'TRUE';
    const projects = tableAsOf('project', asOf);
    // Projects without a report by then. Now, the time of the last report on the project says it (the
    // partial index ix_project_not_reported holds the few active ones that have none); as of a past
    // instant, the reports posted by then, as the project's latest report as of then is read.
    const notReported = asOf
      ? sql`NOT EXISTS (SELECT 1 FROM status_update s WHERE ${sql.and([sql`s.project_id = p.id`, madeBy('s.created_at', asOf)])})`
      : sql`p.last_status_at IS NULL`;
    // Otherwise the selected projects are read once, and the figures are made from them.
    const selected = whole
      ? sql``
      : sql`selected AS MATERIALIZED (
               SELECT p.id, p.field_id, p.health, p.phase, p.budget_planned, p.budget_spent,
                      project_is_stale(p.phase, p.last_status_at, p.created_at, ${STALE_AFTER_DAYS}, ${now}) AS stale,
                      ${notReported} AS not_reported
                 FROM ${projects} p WHERE ${where}),`;
    const counted = whole
      ? sql`SELECT field_id, health, phase, projects AS n, budget_planned AS planned, budget_spent AS spent
              FROM portfolio_count WHERE projects > 0`
      : sql`SELECT field_id, health, phase, count(*)::int AS n, sum(budget_planned) AS planned, sum(budget_spent) AS spent
              FROM selected GROUP BY field_id, health, phase`;
    // The counts of open milestones hold every project's; those of the few archived ones are taken off.
    const due = whole
      ? sql`SELECT due, milestones AS n FROM open_milestone_count WHERE due <= ${today}::date + 14
            UNION ALL
            SELECT COALESCE(m.forecast_date, m.planned_date), -1 FROM milestone m
             WHERE m.completed_date IS NULL AND COALESCE(m.forecast_date, m.planned_date) <= ${today}::date + 14
               AND m.project_id IN (SELECT p.id FROM project p WHERE p.archived_at IS NOT NULL)`
      : sql`SELECT COALESCE(m.forecast_date, m.planned_date) AS due, 1 AS n FROM ${tableAsOf('milestone', asOf)} m
             WHERE m.completed_date IS NULL AND COALESCE(m.forecast_date, m.planned_date) <= ${today}::date + 14
               AND m.project_id IN (SELECT id FROM selected)`;
    const stale = whole
      ? sql`SELECT count(*)::int FROM project p
             WHERE ${where} AND project_is_stale(p.phase, p.last_status_at, p.created_at, ${STALE_AFTER_DAYS}, ${now})`
      : sql`SELECT count(*)::int FROM selected WHERE stale`;
    // The projects without a report per field of action (the field null for those without one).
    const unreported = whole
      ? sql`SELECT p.field_id, count(*)::int AS n FROM project p WHERE ${where} AND ${notReported} GROUP BY p.field_id`
      : sql`SELECT field_id, count(*)::int AS n FROM selected WHERE not_reported GROUP BY field_id`;
    // Counts per enum value, in the enum's order: one array per breakdown, made where the rows are.
    const countsBy = (column: string, values: readonly string[]): Sql =>
      sql`ARRAY[${sql.join(values.map((value) => sql`COALESCE(sum(n) FILTER (WHERE ${sql.raw(column)} = ${value}), 0)`))}]::int[]`;
    const byHealth = countsBy('health', Object.values(Health));
    const [row] = await this.uow.query<SummaryRow>(
      sql`WITH ${selected} g AS (${counted}),
               u AS (${unreported}),
               m AS (SELECT COALESCE(sum(n) FILTER (WHERE due < ${today}::date), 0)::int AS overdue,
                            COALESCE(sum(n) FILTER (WHERE due >= ${today}::date), 0)::int AS due_soon
                       FROM (${due}) due),
               t AS (SELECT ${byHealth} AS by_health, ${countsBy('phase', Object.values(ProjectPhase))} AS by_phase,
                            round(COALESCE(sum(planned), 0), 2)::text AS budget_planned,
                            round(COALESCE(sum(spent), 0), 2)::text AS budget_spent
                       FROM g),
               f AS (SELECT field_id, ${byHealth} AS by_health FROM g WHERE field_id IS NOT NULL GROUP BY field_id)
          SELECT t.by_health, t.by_phase, t.budget_planned, t.budget_spent,
                 (SELECT json_agg(json_build_object('id', fa.id, 'name', fa.name, 'description', fa.description,
                                                    'strategyId', fa.strategy_id, 'byHealth', f.by_health,
                                                    'notReported', COALESCE(u.n, 0)) ORDER BY fa.name)
                    FROM f JOIN field_of_action fa ON fa.id = f.field_id LEFT JOIN u ON u.field_id = f.field_id) AS fields,
                 (${stale}) AS stale_projects,
                 (SELECT COALESCE(sum(n), 0)::int FROM u) AS not_reported,
                 m.overdue AS milestones_overdue, m.due_soon AS milestones_due_soon
            FROM t, m`,
    );
    return row;
  }
}
