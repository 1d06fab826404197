import { DUE_SOON_DAYS, MilestoneState, PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { assertRoomFor } from '../common/list-bounds';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { pageLimit, SqlParams } from '../common/sql';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
import { Person } from '../people/person.entity';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { CreateMilestoneInput, MilestoneFilter, UpdateMilestoneInput } from './dto/milestone.input';
import { Milestone } from './milestone.entity';
import { milestoneColumns } from './milestone-query';
import { UnitOfWork } from '../database/unit-of-work';

const HISTORY_FIELDS = ['title', 'description', 'plannedDate', 'forecastDate', 'completedDate', 'ownerId'] as const;
const DUE = 'COALESCE(m.forecast_date, m.planned_date)';
/** The open states in the order of their due dates. */
const OPEN_STATES = [MilestoneState.OVERDUE, MilestoneState.DUE_SOON, MilestoneState.UPCOMING];

/**
 * The conditions on the due date that select, among the milestones not completed, exactly those in
 * these open states: an open milestone is OVERDUE before today, DUE_SOON from today to DUE_SOON_DAYS
 * after it, and UPCOMING later, as milestone_state defines it (a test holds the two together). All
 * three need no condition; OVERDUE with UPCOMING, which are no range, give undefined.
 */
function openStatesDue(states: readonly MilestoneState[], today: string): string[] | undefined {
  const asked = OPEN_STATES.map((state) => states.includes(state));
  const first = asked.indexOf(true);
  const last = asked.lastIndexOf(true);
  if (asked.slice(first, last + 1).includes(false)) return undefined;
  const soonUntil = `${today}::date + ${DUE_SOON_DAYS}`;
  const from = [undefined, `${DUE} >= ${today}::date`, `${DUE} > ${soonUntil}`][first];
  const to = [`${DUE} < ${today}::date`, `${DUE} <= ${soonUntil}`, undefined][last];
  return [from, to].filter((condition): condition is string => condition !== undefined);
}

@Injectable()
export class MilestoneService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ProjectAccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return todayIn(this.config.timeZone);
  }

  /** Milestones as answers show them (milestone-query.ts); `today` is the placeholder of today's date. */
  private select(today: string): string {
    return `SELECT ${milestoneColumns(this.uow.manager, 'm', today)} FROM milestone m`;
  }

  async list(filter: MilestoneFilter | null | undefined, page: Page): Promise<Connection<Milestone>> {
    const sql = new SqlParams();
    const today = sql.param(this.today());
    const select = this.select(today);
    const conditions = ['TRUE'];
    if (filter?.projectId?.length) conditions.push(`m.project_id = ANY(${sql.param(filter.projectId)}::uuid[])`);
    if (filter?.state?.length) {
      // Open states that are neighbours are a range of due dates among the milestones not completed,
      // which the partial index ix_milestone_open_due finds (and counts) without computing a state.
      const due = filter.state.includes(MilestoneState.DONE) ? undefined : openStatesDue(filter.state, today);
      if (due) conditions.push('m.completed_date IS NULL', ...due);
      else {
        conditions.push(
          `milestone_state(m.planned_date, m.forecast_date, m.completed_date, ${today}::date) = ANY(${sql.param(filter.state)}::text[])`,
        );
        // Only DONE milestones are completed.
        if (!filter.state.includes(MilestoneState.DONE)) conditions.push('m.completed_date IS NULL');
      }
    }
    if (filter?.dueFrom) conditions.push(`${DUE} >= ${sql.param(filter.dueFrom)}::date`);
    if (filter?.dueTo) conditions.push(`${DUE} <= ${sql.param(filter.dueTo)}::date`);
    const where = conditions.join(' AND ');
    // The number of all in its own scan: as a window over the rows it would make PostgreSQL read and
    // sort every match before it could take the first page in the order of the due-date index.
    const rows: (Milestone & { _total: number })[] = await this.uow.manager.query(
      `SELECT *, (SELECT count(*)::int FROM milestone m WHERE ${where}) AS "_total" FROM (${select} WHERE ${where}) m
        ORDER BY COALESCE(m."forecastDate", m."plannedDate"), m."plannedDate", m.id
       OFFSET ${sql.param(page.offset)} ${pageLimit(page.limit)}`,
      sql.values,
    );
    const total = await pageTotal(rows, page, async () => {
      const [{ n }] = await this.uow.manager.query(
        `SELECT count(*)::int AS n FROM (${select} WHERE ${where}) m`,
        sql.values.slice(0, -1),
      );
      return n;
    });
    return toConnection(rows, page, total);
  }

  async byIds(ids: readonly string[]): Promise<Milestone[]> {
    const sql = new SqlParams();
    const select = this.select(sql.param(this.today()));
    return this.uow.manager.query(`${select} WHERE m.id = ANY(${sql.param(ids)}::uuid[])`, sql.values);
  }

  /** Every milestone of these projects, ordered by planned date. */
  async byProjects(projectIds: readonly string[]): Promise<Milestone[]> {
    const sql = new SqlParams();
    const select = this.select(sql.param(this.today()));
    return this.uow.manager.query(
      `${select} WHERE m.project_id = ANY(${sql.param(projectIds)}::uuid[]) ORDER BY m.planned_date, m.id`,
      sql.values,
    );
  }

  /** For each project, the milestone not yet done that is due first. */
  async nextOfProjects(projectIds: readonly string[]): Promise<Milestone[]> {
    const sql = new SqlParams();
    const select = this.select(sql.param(this.today()));
    return this.uow.manager.query(
      `SELECT DISTINCT ON (m."projectId") * FROM (${select} WHERE m.project_id = ANY(${sql.param(projectIds)}::uuid[]) AND m.completed_date IS NULL) m
        ORDER BY m."projectId", COALESCE(m."forecastDate", m."plannedDate"), m."plannedDate", m.id`,
      sql.values,
    );
  }

  async create(
    input: CreateMilestoneInput & Partial<Pick<Milestone, 'forecastDate' | 'completedDate'>>,
    caller: Acting,
  ): Promise<Milestone> {
    const run = async (tx: EntityManager) => {
      if (caller !== SYSTEM) await this.policy.assertCanEditReferenced(caller, input.projectId, tx);
      await this.checkOwner(tx, input.ownerId);
      await assertRoomFor(tx, Milestone, { projectId: input.projectId }, PROJECT_LIMITS.milestones, {
        path: 'input.projectId',
        what: 'milestones',
      });
      const milestone = tx.create(Milestone, {
        projectId: input.projectId,
        title: input.title,
        description: input.description ?? null,
        plannedDate: input.plannedDate,
        forecastDate: input.forecastDate ?? null,
        completedDate: input.completedDate ?? null,
        ownerId: input.ownerId ?? null,
        version: 1,
      });
      await tx.save(milestone);
      await this.record(caller, 'milestone.created', null, milestone);
      return milestone;
    };
    return this.uow.transaction(async (tx) => this.reload((await run(tx)).id));
  }

  async update(input: UpdateMilestoneInput, caller: Caller): Promise<Milestone> {
    await this.uow.transaction(async (tx) => {
      await this.assertCanEdit(caller, input.id, tx);
      await this.checkOwner(tx, input.ownerId);
      const { before, after } = await this.uow.update(Milestone, 'Milestone', input.id, input.expectedVersion, () => ({
        ...(input.title !== undefined && { title: input.title }),
        ...(input.description !== undefined && { description: input.description }),
        ...(input.forecastDate !== undefined && { forecastDate: input.forecastDate }),
        ...(input.ownerId !== undefined && { ownerId: input.ownerId }),
      }));
      await this.record(caller, 'milestone.updated', before, after);
    });
    return this.reload(input.id);
  }

  async complete(
    id: string,
    expectedVersion: number,
    completedDate: string | null | undefined,
    caller: Caller,
  ): Promise<Milestone> {
    await this.uow.transaction(async (tx) => {
      await this.assertCanEdit(caller, id, tx);
      const { before, after } = await this.uow.update(Milestone, 'Milestone', id, expectedVersion, (current) => {
        // Done once: completing it again would move its completion date and write a second history entry.
        if (current.completedDate !== null)
          throw BadUserInputError.field('id', `is already done (completed on ${current.completedDate})`);
        return { completedDate: completedDate ?? this.today() };
      });
      await this.record(caller, 'milestone.completed', before, after);
    });
    return this.reload(id);
  }

  async delete(id: string, expectedVersion: number, caller: Caller): Promise<string> {
    return this.uow.transaction(async (tx) => {
      await this.assertCanEdit(caller, id, tx);
      const milestone = await this.uow.remove(Milestone, 'Milestone', id, expectedVersion);
      await this.uow.record({
        actorId: caller.personId,
        action: 'milestone.deleted',
        entityType: 'Milestone',
        entityId: id,
        projectId: milestone.projectId,
        changes: diff({ ...milestone }, {}, HISTORY_FIELDS),
      });
      return id;
    });
  }

  private async reload(id: string): Promise<Milestone> {
    const [milestone] = await this.byIds([id]);
    if (!milestone) throw new NotFoundError('Milestone', id);
    return milestone;
  }

  private async record(caller: Acting, action: string, before: Milestone | null, after: Milestone): Promise<void> {
    await this.uow.record({
      actorId: actorIdOf(caller),
      action,
      entityType: 'Milestone',
      entityId: after.id,
      projectId: after.projectId,
      changes: diff(before ? { ...before } : null, { ...after }, HISTORY_FIELDS),
    });
  }

  private async assertCanEdit(caller: Caller, milestoneId: string, tx: EntityManager): Promise<void> {
    const milestone = await tx.findOneBy(Milestone, { id: milestoneId });
    if (!milestone) throw new NotFoundError('Milestone', milestoneId);
    await this.policy.assertCanEdit(caller, milestone.projectId, tx);
  }

  private async checkOwner(tx: EntityManager, ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await tx.existsBy(Person, { id: ownerId })))
      throw BadUserInputError.field('input.ownerId', 'is not the id of a person');
  }
}
