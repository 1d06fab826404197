import type { HistoryAction } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { AsOf } from '../common/as-of';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Connection, Page } from '../graphql/connection';
import { ProjectAccessPolicy } from '../project/project-access.policy';
import { CreateMilestoneInput, MilestoneFilter, UpdateMilestoneInput } from './dto/milestone.input';
import { MilestoneRebaseline } from './milestone-rebaseline.entity';
import { Milestone } from './milestone.entity';
import { MilestoneRepository } from './milestone.repository';
import { UnitOfWork } from '../database/unit-of-work';

const HISTORY_FIELDS = ['title', 'description', 'plannedDate', 'forecastDate', 'completedDate', 'ownerId'] as const;
/** The longest reason for a move of a baseline. */
const REASON_MAX_LENGTH = 2000;

@Injectable()
export class MilestoneService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly milestones: MilestoneRepository,
    private readonly policy: ProjectAccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The day it is now, or was at `asOf`: the day that milestone states are computed for. */
  today(asOf: AsOf = null): string {
    return todayIn(this.config.timeZone, asOf ?? new Date());
  }

  /** The milestones that the filter selects, as they stood at `asOf` (null: now). */
  list(filter: MilestoneFilter | null | undefined, page: Page, asOf: AsOf = null): Promise<Connection<Milestone>> {
    return this.milestones.list(filter, page, this.today(asOf), asOf);
  }

  byIds(ids: readonly string[], asOf: AsOf = null): Promise<Milestone[]> {
    return this.milestones.byIds(ids, this.today(asOf), asOf);
  }

  /** Every milestone of these projects, ordered by planned date. */
  byProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<Milestone[]> {
    return this.milestones.byProjects(projectIds, this.today(asOf), asOf);
  }

  /** For each project, the milestone not yet done that is due first. */
  nextOfProjects(projectIds: readonly string[], asOf: AsOf = null): Promise<Milestone[]> {
    return this.milestones.nextOfProjects(projectIds, this.today(asOf), asOf);
  }

  async create(
    input: CreateMilestoneInput & Partial<Pick<Milestone, 'forecastDate' | 'completedDate'>>,
    caller: Acting,
  ): Promise<Milestone> {
    const run = async () => {
      if (caller !== SYSTEM) await this.policy.assertCanEditReferenced(caller, input.projectId);
      await this.checkOwner(input.ownerId);
      const milestone = await this.milestones.insert({
        projectId: input.projectId,
        title: input.title,
        description: input.description ?? null,
        plannedDate: input.plannedDate,
        forecastDate: input.forecastDate ?? null,
        completedDate: input.completedDate ?? null,
        ownerId: input.ownerId ?? null,
        version: 1,
      });
      await this.record(caller, 'milestone.created', null, milestone);
      return milestone;
    };
    return this.uow.transaction(async () => this.reload((await run()).id));
  }

  async update(input: UpdateMilestoneInput, caller: Acting): Promise<Milestone> {
    await this.uow.transaction(async () => {
      await this.assertCanEdit(caller, input.id);
      await this.checkOwner(input.ownerId);
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
    caller: Acting,
  ): Promise<Milestone> {
    await this.uow.transaction(async () => {
      await this.assertCanEdit(caller, id);
      const { before, after } = await this.uow.update(Milestone, 'Milestone', id, expectedVersion, (current) => {
        // Done once: completing it again would move its completion date and write a second history entry.
        if (current.completedDate !== null)
          throw BadUserInputError.field(
            'id',
            'ALREADY_DONE',
            `is already done (completed on ${current.completedDate})`,
            {
              date: current.completedDate,
            },
          );
        return { completedDate: completedDate ?? this.today() };
      });
      await this.record(caller, 'milestone.completed', before, after);
    });
    return this.reload(id);
  }

  /**
   * Moves the milestone's baseline with the reason the board accepted: the move is kept in its
   * rebaselines and in the history, so the old baseline stays visible. A forecast on the new
   * baseline is the plan itself and no longer a forecast.
   */
  async rebaseline(
    id: string,
    expectedVersion: number,
    plannedDate: string,
    reason: string,
    caller: Caller,
  ): Promise<Milestone> {
    const why = reason.trim();
    if (why === '') throw BadUserInputError.field('reason', 'REQUIRED', 'must not be empty');
    if (why.length > REASON_MAX_LENGTH)
      throw BadUserInputError.field('reason', 'TOO_LONG', `must be at most ${REASON_MAX_LENGTH} characters`, {
        max: REASON_MAX_LENGTH,
      });
    await this.uow.transaction(async () => {
      await this.assertCanEdit(caller, id);
      const { before, after } = await this.uow.update(Milestone, 'Milestone', id, expectedVersion, (current) => {
        if (current.completedDate !== null)
          throw BadUserInputError.field(
            'id',
            'ALREADY_DONE',
            `is already done (completed on ${current.completedDate})`,
            {
              date: current.completedDate,
            },
          );
        if (current.plannedDate === plannedDate)
          throw BadUserInputError.field('plannedDate', 'UNCHANGED', 'is the baseline already');
        return { plannedDate, forecastDate: current.forecastDate === plannedDate ? null : current.forecastDate };
      });
      await this.milestones.insertRebaseline({
        milestoneId: id,
        byId: caller.personId,
        fromDate: before.plannedDate,
        toDate: plannedDate,
        reason: why,
      });
      await this.uow.record({
        actorId: caller.personId,
        action: 'milestone.rebaselined',
        entityType: 'Milestone',
        entityId: id,
        projectId: after.projectId,
        changes: [...diff({ ...before }, { ...after }, HISTORY_FIELDS), { field: 'reason', from: null, to: why }],
      });
    });
    return this.reload(id);
  }

  /** Every move of these milestones' baselines, oldest first. */
  rebaselinesOf(milestoneIds: readonly string[], asOf: AsOf = null): Promise<MilestoneRebaseline[]> {
    return this.milestones.rebaselinesOf(milestoneIds, asOf);
  }

  async delete(id: string, expectedVersion: number, caller: Caller): Promise<string> {
    return this.uow.transaction(async () => {
      await this.assertCanEdit(caller, id);
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

  private async record(
    caller: Acting,
    action: HistoryAction,
    before: Milestone | null,
    after: Milestone,
  ): Promise<void> {
    await this.uow.record({
      actorId: actorIdOf(caller),
      action,
      entityType: 'Milestone',
      entityId: after.id,
      projectId: after.projectId,
      changes: diff(before ? { ...before } : null, { ...after }, HISTORY_FIELDS),
    });
  }

  /** The milestone exists, and the caller may edit its project (the system may). */
  private async assertCanEdit(caller: Acting, milestoneId: string): Promise<void> {
    const milestone = await this.milestones.findStored(milestoneId);
    if (!milestone) throw new NotFoundError('Milestone', milestoneId);
    if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, milestone.projectId);
  }

  private async checkOwner(ownerId: string | null | undefined): Promise<void> {
    if (ownerId && !(await this.milestones.ownerExists(ownerId)))
      throw BadUserInputError.field('input.ownerId', 'UNKNOWN_REFERENCE', 'is not the id of a person', {
        what: 'Person',
      });
  }
}
