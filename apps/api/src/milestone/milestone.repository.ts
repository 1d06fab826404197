import { DUE_SOON_DAYS, MilestoneState, PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { AsOf, stampAsOf } from '../common/as-of';
import { Db, jsonColumns, selectColumns } from '../database/columns';
import { madeBy, tableAsOf } from '../database/history';
import { assertRoomFor } from '../database/list-bounds';
import { pageLimit, Sql, sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { Person } from '../people/person.entity';
import { MilestoneFilter } from './dto/milestone.input';
import { MilestoneRebaseline } from './milestone-rebaseline.entity';
import { Milestone } from './milestone.entity';

/**
 * A milestone as answers show it: its columns with its state and slip, as the SQL functions define
 * them. created_at and updated_at, which the API does not show, are left out (a list page has
 * hundreds of milestones, and each timestamp costs a Date).
 */
const NOT_ANSWERED = ['createdAt', 'updatedAt'];

function computed(alias: string, today: () => Sql): Record<string, () => Sql> {
  const m = sql.raw(alias);
  return {
    state: () => sql`milestone_state(${m}.planned_date, ${m}.forecast_date, ${m}.completed_date, ${today()}::date)`,
    slipDays: () => sql`milestone_slip_days(${m}.planned_date, ${m}.forecast_date, ${m}.completed_date)`,
  };
}

/** The milestone's answered values as columns of a select list, its state as of `today`. */
function milestoneColumns(db: Db, alias: string, today: string): Sql {
  const extra = Object.entries(computed(alias, () => sql`${today}`)).map(
    ([name, value]) => sql`${value()} AS ${sql.raw(`"${name}"`)}`,
  );
  return sql.join([selectColumns(db, Milestone, alias, NOT_ANSWERED), ...extra]);
}

/**
 * The milestone's answered values as one JSON object, for statements that bring milestones along;
 * with `fields`, only what those GraphQL fields need (see jsonColumns). `today` gives today's date,
 * asked for only when the state is.
 */
export function milestoneJson(db: Db, alias: string, today: () => Sql, fields?: ReadonlySet<string>): Sql {
  return jsonColumns(db, Milestone, alias, { except: NOT_ANSWERED, extra: computed(alias, today), fields });
}

const DUE = sql`COALESCE(m.forecast_date, m.planned_date)`;
/** The open states in the order of their due dates. */
const OPEN_STATES = [MilestoneState.OVERDUE, MilestoneState.DUE_SOON, MilestoneState.UPCOMING];

/**
 * The conditions on the due date that select, among the milestones not completed, exactly those in
 * these open states: an open milestone is OVERDUE before today, DUE_SOON from today to DUE_SOON_DAYS
 * after it, and UPCOMING later, as milestone_state defines it (a test holds the two together). All
 * three need no condition; OVERDUE with UPCOMING, which are no range, give undefined.
 */
function openStatesDue(states: readonly MilestoneState[], today: string): Sql[] | undefined {
  const asked = OPEN_STATES.map((state) => states.includes(state));
  const first = asked.indexOf(true);
  const last = asked.lastIndexOf(true);
  if (asked.slice(first, last + 1).includes(false)) return undefined;
  const soonUntil = sql`${today}::date + ${sql.raw(String(DUE_SOON_DAYS))}`;
  const from = [undefined, sql`${DUE} >= ${today}::date`, sql`${DUE} > ${soonUntil}`][first];
  const to = [sql`${DUE} < ${today}::date`, sql`${DUE} <= ${soonUntil}`, undefined][last];
  return [from, to].filter((condition): condition is Sql => condition !== undefined);
}

/**
 * The condition on `milestone m` that selects the milestones in any of these states as of `today`,
 * as milestone_state defines them: the one translation of a state filter, for the milestone list and
 * for the projects with a milestone in a state (projectWhere).
 */
export function milestonesInStates(states: readonly MilestoneState[], today: string): Sql {
  // Open states that are neighbours are a range of due dates among the milestones not completed,
  // which the partial index ix_milestone_open_due finds (and counts) without computing a state.
  const due = states.includes(MilestoneState.DONE) ? undefined : openStatesDue(states, today);
  if (due) return sql.and([sql`m.completed_date IS NULL`, ...due]);
  return sql.and([
    sql`milestone_state(m.planned_date, m.forecast_date, m.completed_date, ${today}::date) = ANY(${[...states]}::text[])`,
    // Only DONE milestones are completed.
    states.includes(MilestoneState.DONE) ? sql`` : sql`m.completed_date IS NULL`,
  ]);
}

/** The milestones' table: reads as answers show them, and the writes of MilestoneService. */
@Injectable()
export class MilestoneRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Milestones as answers show them, as they stood at `asOf` (null: now), their state as of `today`. */
  private select(today: string, asOf: AsOf): Sql {
    return sql`SELECT ${milestoneColumns(this.uow.manager, 'm', today)} FROM ${tableAsOf('milestone', asOf)} m`;
  }

  /** The page of milestones that the filter selects, by due date, and the number of all; as they stood at `asOf`. */
  async list(
    filter: MilestoneFilter | null | undefined,
    page: Page,
    today: string,
    asOf: AsOf,
  ): Promise<Connection<Milestone>> {
    const conditions: Sql[] = [];
    if (filter?.projectId?.length) conditions.push(sql`m.project_id = ANY(${filter.projectId}::uuid[])`);
    // The milestones of archived projects only where the filter names their project.
    else
      conditions.push(
        sql`m.project_id NOT IN (SELECT p.id FROM ${tableAsOf('project', asOf)} p WHERE p.archived_at IS NOT NULL)`,
      );
    if (filter?.state?.length) conditions.push(milestonesInStates(filter.state, today));
    if (filter?.dueFrom) conditions.push(sql`${DUE} >= ${filter.dueFrom}::date`);
    if (filter?.dueTo) conditions.push(sql`${DUE} <= ${filter.dueTo}::date`);
    const where = sql.and(conditions);
    const select = this.select(today, asOf);
    const milestones = tableAsOf('milestone', asOf);
    // The number of all in its own scan: as a window over the rows it would make PostgreSQL read and
    // sort every match before it could take the first page in the order of the due-date index.
    const rows = await this.uow.query<Milestone & { _total: number }>(
      sql`SELECT *, (SELECT count(*)::int FROM ${milestones} m WHERE ${where}) AS "_total" FROM (${select} WHERE ${where}) m
           ORDER BY COALESCE(m."forecastDate", m."plannedDate"), m."plannedDate", m.id
          OFFSET ${page.offset} ${pageLimit(page.limit)}`,
    );
    const total = await pageTotal(rows, page, async () => {
      const [{ n }] = await this.uow.query<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM ${milestones} m WHERE ${where}`,
      );
      return n;
    });
    return toConnection(stampAsOf(rows, asOf), page, total);
  }

  byIds(ids: readonly string[], today: string, asOf: AsOf = null): Promise<Milestone[]> {
    return this.uow.query(sql`${this.select(today, asOf)} WHERE m.id = ANY(${ids}::uuid[])`);
  }

  /** Every milestone of these projects, ordered by planned date. */
  byProjects(projectIds: readonly string[], today: string, asOf: AsOf): Promise<Milestone[]> {
    return this.uow.query(
      sql`${this.select(today, asOf)} WHERE m.project_id = ANY(${projectIds}::uuid[]) ORDER BY m.planned_date, m.id`,
    );
  }

  /** For each project, the milestone not yet done that is due first. */
  nextOfProjects(projectIds: readonly string[], today: string, asOf: AsOf): Promise<Milestone[]> {
    return this.uow.query(
      sql`SELECT DISTINCT ON (m."projectId") * FROM (${this.select(today, asOf)} WHERE m.project_id = ANY(${projectIds}::uuid[]) AND m.completed_date IS NULL) m
           ORDER BY m."projectId", COALESCE(m."forecastDate", m."plannedDate"), m."plannedDate", m.id`,
    );
  }

  /** The milestone's columns as stored, or null. */
  findStored(id: string): Promise<Milestone | null> {
    return this.uow.manager.findOneBy(Milestone, { id });
  }

  ownerExists(ownerId: string): Promise<boolean> {
    return this.uow.manager.existsBy(Person, { id: ownerId });
  }

  /** Every move of these milestones' baselines (made by `asOf`), oldest first. */
  rebaselinesOf(milestoneIds: readonly string[], asOf: AsOf = null): Promise<MilestoneRebaseline[]> {
    return this.uow.query(
      sql`SELECT ${selectColumns(this.uow.manager, MilestoneRebaseline, 'r')} FROM milestone_rebaseline r
           WHERE ${sql.and([sql`r.milestone_id = ANY(${milestoneIds}::uuid[])`, madeBy('r.at', asOf)])}
           ORDER BY r.at, r.id`,
    );
  }

  /** Keeps a move of a milestone's baseline, if the milestone has room for one more (PROJECT_LIMITS). */
  async insertRebaseline(
    values: Pick<MilestoneRebaseline, 'milestoneId' | 'byId' | 'fromDate' | 'toDate' | 'reason'>,
  ): Promise<MilestoneRebaseline> {
    await assertRoomFor(
      this.uow.manager,
      MilestoneRebaseline,
      { milestoneId: values.milestoneId },
      PROJECT_LIMITS.rebaselines,
      { path: 'id', what: 'moves of its baseline' },
    );
    // At the instant of the change that moves the baseline, so that a read as of it sees both.
    const [row] = await this.uow.query<MilestoneRebaseline>(
      sql`INSERT INTO milestone_rebaseline (milestone_id, by_id, from_date, to_date, reason, at)
          VALUES (${values.milestoneId}, ${values.byId}, ${values.fromDate}, ${values.toDate}, ${values.reason}, change_instant())
          RETURNING ${selectColumns(this.uow.manager, MilestoneRebaseline, 'milestone_rebaseline')}`,
    );
    return row;
  }

  /** Adds a milestone to its project, if the project has room for one more (PROJECT_LIMITS). */
  async insert(
    values: Pick<
      Milestone,
      'projectId' | 'title' | 'description' | 'plannedDate' | 'forecastDate' | 'completedDate' | 'ownerId' | 'version'
    >,
  ): Promise<Milestone> {
    await assertRoomFor(this.uow.manager, Milestone, { projectId: values.projectId }, PROJECT_LIMITS.milestones, {
      path: 'input.projectId',
      what: 'milestones',
    });
    return this.uow.manager.save(this.uow.manager.create(Milestone, values));
  }
}
