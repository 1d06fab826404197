import { PROJECT_LIMITS, ProjectPhase } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { AsOf } from '../common/as-of';
import { diff } from '../audit/audit.service';
import { BadUserInputError, FieldProblem } from '../common/errors';
import { validateItems } from '../common/input-validation.pipe';
import { pgConstraint, pgErrorCode } from '../common/pg-errors';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Connection, Page } from '../graphql/connection';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import {
  CreateProjectInput,
  ProjectFilter,
  ProjectMemberInput,
  ProjectOrder,
  UpdateProjectInput,
} from './dto/project.input';
import { ProjectAccessPolicy } from './project-access.policy';
import { ProjectMember } from './project-member.entity';
import { ProjectRelations, ProjectRow } from './project-read-model';
import { Project } from './project.entity';
import { ProjectRepository } from './project.repository';
import { UnitOfWork } from '../database/unit-of-work';

/** The ids that a project's input may refer to, each with what it must be the id of. */
const REFERENCES = [
  ['fieldId', FieldOfAction, 'a field of action'],
  ['departmentId', Department, 'a department'],
  ['leadId', Person, 'a person'],
  ['sponsorId', Person, 'a person'],
] as const;

type References = Partial<Record<(typeof REFERENCES)[number][0], string | null>>;

/** The fields that an input names, its id and expected version aside, as a project's values. */
function fieldsOf(input: object): Partial<Project> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input))
    if (value !== undefined && key !== 'id' && key !== 'expectedVersion') fields[key] = value;
  return fields as Partial<Project>;
}

@Injectable()
export class ProjectService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly projects: ProjectRepository,
    private readonly policy: ProjectAccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(
    filter: ProjectFilter | null | undefined,
    order: ProjectOrder | null | undefined,
    page: Page,
    options: { fieldId?: string; relations?: ProjectRelations; asOf?: AsOf } = {},
  ): Promise<Connection<ProjectRow>> {
    const asOf = options.asOf ?? null;
    const now = asOf ?? new Date();
    return this.projects.page(
      { filter, order, ...options, asOf, now, today: todayIn(this.config.timeZone, now) },
      page,
    );
  }

  /** The calendar day that a read as of `asOf` (null: now) computes states for. */
  todayAsOf(asOf: AsOf): string {
    return todayIn(this.config.timeZone, asOf ?? new Date());
  }

  /** The projects that these people lead, by code. */
  ledBy(personIds: readonly string[], asOf: AsOf = null): Promise<Project[]> {
    return this.projects.ledBy(personIds, asOf);
  }

  membersOf(projectIds: readonly string[], asOf: AsOf = null): Promise<ProjectMember[]> {
    return this.projects.membersOf(projectIds, asOf);
  }

  /** The projects that these projects depend on, each with the id of the one that depends on it, by code. */
  prerequisitesOf(projectIds: readonly string[], asOf: AsOf = null): Promise<(Project & { dependentId: string })[]> {
    return this.projects.prerequisitesOf(projectIds, asOf);
  }

  /** The projects that depend on these projects, each with the id of the one it depends on, by code. */
  dependentsOf(projectIds: readonly string[], asOf: AsOf = null): Promise<(Project & { prerequisiteId: string })[]> {
    return this.projects.dependentsOf(projectIds, asOf);
  }

  findByIds(ids: readonly string[], asOf: AsOf = null): Promise<Project[]> {
    return this.projects.byIds(ids, asOf);
  }

  /** The projects with these codes, in any case. */
  byCodes(codes: readonly string[]): Promise<Project[]> {
    return this.projects.byCodes(codes);
  }

  /**
   * One project by id or by code (any case), with the related records that the query asks for, in one
   * statement; as it stood at `asOf` (null where it did not exist yet).
   */
  findOne(
    key: { id: string } | { code: string },
    relations?: ProjectRelations,
    asOf: AsOf = null,
  ): Promise<ProjectRow | null> {
    const now = asOf ?? new Date();
    return this.projects.findOne(key, { relations, asOf, now, today: todayIn(this.config.timeZone, now) });
  }

  async create(
    input: CreateProjectInput & Partial<Pick<Project, 'forecastEndDate' | 'actualEndDate' | 'budgetSpent'>>,
    caller: Acting,
  ): Promise<Project> {
    const run = async () => {
      const problems = await this.checkReferences(input);
      if (await this.projects.codeTaken(input.code))
        problems.push({
          path: 'input.code',
          code: 'TAKEN',
          message: `${input.code} is already the code of another project`,
        });
      if (problems.length > 0) throw new BadUserInputError(problems);
      // Every field of the input as given; what it leaves out is empty, or the entity's default.
      const values: Partial<Project> = {
        ...fieldsOf(input),
        phase: input.phase ?? ProjectPhase.IDEA,
        tags: input.tags ?? [],
        version: 1,
      };
      let saved: Project;
      try {
        saved = await this.projects.insert(values);
      } catch (error) {
        if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'uq_project_code') {
          throw BadUserInputError.field('input.code', 'TAKEN', `${input.code} is already the code of another project`);
        }
        throw error;
      }
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'project.created',
        entityType: 'Project',
        entityId: saved.id,
        projectId: saved.id,
        changes: diff(null, { ...saved }, this.projects.recordedFields),
      });
      return saved;
    };
    return this.uow.transaction(run);
  }

  async update(input: UpdateProjectInput, caller: Caller): Promise<Project> {
    return this.uow.transaction(async () => {
      await this.policy.assertCanEdit(caller, input.id);
      const { before, after } = await this.uow.update(
        Project,
        'Project',
        input.id,
        input.expectedVersion,
        async (current) => {
          // Every field that the input names; tags set to null are none.
          const changes: Partial<Project> = fieldsOf(input);
          if ('tags' in changes) changes.tags = input.tags ?? [];
          const merged = { ...current, ...changes };
          const problems = await this.checkReferences(input);
          for (const [path, end] of [
            ['input.plannedEndDate', merged.plannedEndDate],
            ['input.forecastEndDate', merged.forecastEndDate],
            ['input.actualEndDate', merged.actualEndDate],
          ] as const) {
            if (
              end &&
              merged.startDate &&
              end < merged.startDate &&
              input[path.slice(6) as keyof UpdateProjectInput] !== undefined
            ) {
              problems.push({
                path,
                code: 'BEFORE',
                message: 'must not be before the start date',
                params: { other: 'startDate' },
              });
            }
          }
          if (
            input.startDate &&
            merged.plannedEndDate &&
            merged.plannedEndDate < input.startDate &&
            input.plannedEndDate === undefined
          ) {
            problems.push({
              path: 'input.startDate',
              code: 'AFTER',
              message: 'must not be after the planned end date',
              params: { other: 'plannedEndDate' },
            });
          }
          if (problems.length > 0) throw new BadUserInputError(problems);
          return changes;
        },
      );
      const changes = diff({ ...before }, { ...after }, this.projects.recordedFields);
      await this.uow.record({
        actorId: caller.personId,
        action: 'project.updated',
        entityType: 'Project',
        entityId: after.id,
        projectId: after.id,
        changes,
      });
      return after;
    });
  }

  /**
   * Takes the project out of lists, totals and the roadmap (`archived`), or brings it back; nothing
   * of it is deleted, and its page, history and reports stay.
   */
  async setArchived(id: string, expectedVersion: number, archived: boolean, caller: Caller): Promise<Project> {
    return this.uow.transaction(async () => {
      const { before, after } = await this.uow.update(Project, 'Project', id, expectedVersion, (current) => {
        if ((current.archivedAt !== null) === archived)
          throw BadUserInputError.field(
            'id',
            archived ? 'ALREADY_ARCHIVED' : 'NOT_ARCHIVED',
            archived ? 'is archived already' : 'is not archived',
          );
        return { archivedAt: archived ? new Date() : null };
      });
      await this.uow.record({
        actorId: caller.personId,
        action: archived ? 'project.archived' : 'project.restored',
        entityType: 'Project',
        entityId: id,
        projectId: id,
        changes: diff({ ...before }, { ...after }, this.projects.recordedFields),
      });
      return after;
    });
  }

  async setMembers(
    projectId: string,
    expectedVersion: number,
    members: ProjectMemberInput[],
    caller: Acting,
  ): Promise<Project> {
    if (members.length > PROJECT_LIMITS.members)
      throw BadUserInputError.field('members', 'TOO_MANY', `must name at most ${PROJECT_LIMITS.members} members`, {
        max: PROJECT_LIMITS.members,
      });
    const valid = validateItems(members, ProjectMemberInput, 'members');
    const duplicates = valid.findIndex(
      (member, index) => valid.findIndex((other) => other.personId === member.personId) !== index,
    );
    if (duplicates >= 0)
      throw BadUserInputError.field(
        `members.${duplicates}.personId`,
        'DUPLICATE',
        'names a person who is already in the list',
      );
    const run = async () => {
      if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, projectId);
      const known = await this.projects.existing(
        Person,
        valid.map((member) => member.personId),
      );
      const unknown = valid.flatMap((member, index) =>
        known.has(member.personId)
          ? []
          : [
              {
                path: `members.${index}.personId`,
                code: 'UNKNOWN_REFERENCE' as const,
                message: 'is not the id of a person',
                params: { what: 'Person' },
              },
            ],
      );
      if (unknown.length > 0) throw new BadUserInputError(unknown);
      const previous = await this.projects.membersByPerson(projectId);
      const { after } = await this.uow.update(Project, 'Project', projectId, expectedVersion, () => ({}));
      await this.projects.replaceMembers(
        projectId,
        valid.map((member) => ({ personId: member.personId, role: member.role })),
      );
      const describe = (list: { personId: string; role: string }[]) =>
        list.map((member) => `${member.personId} (${member.role})`).sort();
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'project.members.set',
        entityType: 'Project',
        entityId: projectId,
        projectId,
        changes: diff({ members: describe(previous) }, { members: describe(valid) }, ['members']),
      });
      return after;
    };
    return this.uow.transaction(run);
  }

  async setDependencies(
    projectId: string,
    expectedVersion: number,
    dependsOn: string[],
    caller: Acting,
  ): Promise<Project> {
    if (dependsOn.length > PROJECT_LIMITS.dependsOn)
      throw BadUserInputError.field('dependsOn', 'TOO_MANY', `must name at most ${PROJECT_LIMITS.dependsOn} projects`, {
        max: PROJECT_LIMITS.dependsOn,
      });
    const unique = [...new Set(dependsOn)];
    const run = async () => {
      if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, projectId);
      const known = await this.projects.existing(Project, unique);
      const problems: FieldProblem[] = dependsOn.flatMap((id, index) =>
        known.has(id)
          ? []
          : [
              {
                path: `dependsOn.${index}`,
                code: 'UNKNOWN_REFERENCE' as const,
                message: 'is not the id of a project',
                params: { what: 'Project' },
              },
            ],
      );
      if (problems.length > 0) throw new BadUserInputError(problems);
      if (unique.includes(projectId))
        throw BadUserInputError.field('dependsOn', 'SELF_REFERENCE', 'a project cannot depend on itself');
      // Would any of the new prerequisites (transitively) wait for this project? Then the list closes a cycle.
      if (await this.projects.waitsFor(unique, projectId))
        throw BadUserInputError.field(
          'dependsOn',
          'CYCLE',
          'would close a cycle: one of these projects already waits for this one',
        );
      const previous = await this.projects.prerequisiteIds(projectId);
      const { after } = await this.uow.update(Project, 'Project', projectId, expectedVersion, () => ({}));
      await this.projects.replacePrerequisites(projectId, unique);
      const codes = (ids: string[]) => this.projects.codesOf(ids);
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'project.dependencies.set',
        entityType: 'Project',
        entityId: projectId,
        projectId,
        changes: diff({ dependsOn: await codes(previous) }, { dependsOn: await codes(unique) }, ['dependsOn']),
      });
      return after;
    };
    return this.uow.transaction(run);
  }

  /** The problems with the ids that an input refers to, all at once. */
  private async checkReferences(input: References): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const [key, target, what] of REFERENCES) {
      const id = input[key];
      if (id && !(await this.projects.exists(target, id)))
        problems.push({
          path: `input.${key}`,
          code: 'UNKNOWN_REFERENCE',
          message: `is not the id of ${what}`,
          params: { what: target.name },
        });
    }
    return problems;
  }

  get currency(): string {
    return this.config.currency;
  }
}
