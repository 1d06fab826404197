import { PROJECT_LIMITS, ProjectPhase } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Acting, actorIdOf, Caller, SYSTEM } from '../access/caller';
import { diff } from '../audit/audit.service';
import { BadUserInputError, FieldProblem } from '../common/errors';
import { validateItems } from '../common/input-validation.pipe';
import { selectColumns, SqlParams } from '../common/sql';
import { pgConstraint, pgErrorCode } from '../common/pg-errors';
import { todayIn } from '../common/today';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Connection, Page, pageTotal, toConnection } from '../graphql/connection';
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
import { ProjectDependency } from './project-dependency.entity';
import { ProjectMember } from './project-member.entity';
import { ProjectRelations, projectWhere, selectProjects } from './project-query';
import { Project } from './project.entity';
import { UnitOfWork } from '../database/unit-of-work';

/** The fields whose changes the history records, by their GraphQL names. */
export const PROJECT_HISTORY_FIELDS = [
  'code',
  'title',
  'summary',
  'phase',
  'health',
  'progress',
  'tags',
  'fieldId',
  'departmentId',
  'leadId',
  'startDate',
  'plannedEndDate',
  'forecastEndDate',
  'actualEndDate',
  'budgetPlanned',
  'budgetSpent',
] as const;

type References = Pick<CreateProjectInput, 'fieldId' | 'departmentId' | 'leadId'>;

@Injectable()
export class ProjectService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly policy: ProjectAccessPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(
    filter: ProjectFilter | null | undefined,
    order: ProjectOrder | null | undefined,
    page: Page,
    options: { fieldId?: string; relations?: ProjectRelations } = {},
  ): Promise<Connection<Project>> {
    const { fieldId, relations } = options;
    const now = new Date();
    const rows = await selectProjects(this.uow.manager, {
      filter,
      order,
      offset: page.offset,
      limit: page.limit,
      now,
      today: todayIn(this.config.timeZone, now),
      relations,
      extra: fieldId ? (sql) => `p.field_id = ${sql.param(fieldId)}` : undefined,
    });
    return toConnection(rows, page, await pageTotal(rows, page, () => this.count(filter, fieldId)));
  }

  private async count(filter: ProjectFilter | null | undefined, fieldId?: string): Promise<number> {
    const sql = new SqlParams();
    const where = projectWhere(filter, sql, new Date());
    const extra = fieldId ? ` AND p.field_id = ${sql.param(fieldId)}` : '';
    const [{ n }] = await this.uow.manager.query(
      `SELECT count(*)::int AS n FROM project p WHERE ${where}${extra}`,
      sql.values,
    );
    return n;
  }

  /** The projects that these people lead, by code. */
  ledBy(personIds: readonly string[]): Promise<Project[]> {
    return this.uow.manager
      .getRepository(Project)
      .find({ where: { leadId: In([...personIds]) }, order: { code: 'ASC' } });
  }

  membersOf(projectIds: readonly string[]): Promise<ProjectMember[]> {
    return this.uow.manager
      .getRepository(ProjectMember)
      .find({ where: { projectId: In([...projectIds]) }, order: { role: 'ASC' } });
  }

  /** The projects that these projects depend on, each with the id of the one that depends on it, by code. */
  prerequisitesOf(projectIds: readonly string[]): Promise<(Project & { dependentId: string })[]> {
    return this.uow.manager.query(
      `SELECT d.project_id AS "dependentId", p.* FROM project_dependency d
         JOIN LATERAL (SELECT ${selectColumns(this.uow.manager, Project, 'p')} FROM project p WHERE p.id = d.depends_on_id) p ON TRUE
        WHERE d.project_id = ANY($1::uuid[]) ORDER BY p.code`,
      [projectIds],
    );
  }

  findByIds(ids: readonly string[]): Promise<Project[]> {
    return this.uow.manager.getRepository(Project).findBy({ id: In([...ids]) });
  }

  /** One project by id or by code (any case), with the related records that the query asks for, in one statement. */
  async findOne(key: { id: string } | { code: string }, relations?: ProjectRelations): Promise<Project | null> {
    const now = new Date();
    const [project] = await selectProjects(this.uow.manager, {
      offset: 0,
      limit: 1,
      now,
      today: todayIn(this.config.timeZone, now),
      relations,
      extra: (sql) => ('id' in key ? `p.id = ${sql.param(key.id)}` : `lower(p.code) = lower(${sql.param(key.code)})`),
    });
    if (project) delete project._total;
    return project ?? null;
  }

  async create(
    input: CreateProjectInput & Partial<Pick<Project, 'forecastEndDate' | 'actualEndDate' | 'budgetSpent'>>,
    caller: Acting,
  ): Promise<Project> {
    const run = async (tx: EntityManager) => {
      const problems = await this.checkReferences(tx, input);
      if (await this.codeTaken(tx, input.code))
        problems.push({ path: 'input.code', message: `${input.code} is already the code of another project` });
      if (problems.length > 0) throw new BadUserInputError(problems);
      const project = tx.create(Project, {
        code: input.code,
        title: input.title,
        summary: input.summary ?? null,
        phase: input.phase ?? ProjectPhase.IDEA,
        tags: input.tags ?? [],
        fieldId: input.fieldId ?? null,
        departmentId: input.departmentId ?? null,
        leadId: input.leadId ?? null,
        startDate: input.startDate ?? null,
        plannedEndDate: input.plannedEndDate ?? null,
        budgetPlanned: input.budgetPlanned ?? null,
        forecastEndDate: input.forecastEndDate ?? null,
        actualEndDate: input.actualEndDate ?? null,
        budgetSpent: input.budgetSpent ?? null,
        version: 1,
      });
      try {
        await tx.save(project);
      } catch (error) {
        if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'uq_project_code') {
          throw BadUserInputError.field('input.code', `${input.code} is already the code of another project`);
        }
        throw error;
      }
      const saved = await tx.findOneByOrFail(Project, { id: project.id });
      await this.uow.record({
        actorId: actorIdOf(caller),
        action: 'project.created',
        entityType: 'Project',
        entityId: saved.id,
        projectId: saved.id,
        changes: diff(null, { ...saved }, PROJECT_HISTORY_FIELDS),
      });
      return saved;
    };
    return this.uow.transaction(run);
  }

  async update(input: UpdateProjectInput, caller: Caller): Promise<Project> {
    return this.uow.transaction(async (tx) => {
      await this.policy.assertCanEdit(caller, input.id, tx);
      const { before, after } = await this.uow.update(
        Project,
        'Project',
        input.id,
        input.expectedVersion,
        async (current) => {
          const changes: Partial<Project> = {};
          for (const key of [
            'title',
            'summary',
            'phase',
            'tags',
            'fieldId',
            'departmentId',
            'leadId',
            'startDate',
            'plannedEndDate',
            'forecastEndDate',
            'actualEndDate',
            'budgetPlanned',
            'budgetSpent',
          ] as const) {
            if (input[key] !== undefined)
              (changes as Record<string, unknown>)[key] = key === 'tags' ? (input.tags ?? []) : input[key];
          }
          const merged = { ...current, ...changes };
          const problems = await this.checkReferences(tx, input);
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
              problems.push({ path, message: 'must not be before the start date' });
            }
          }
          if (
            input.startDate &&
            merged.plannedEndDate &&
            merged.plannedEndDate < input.startDate &&
            input.plannedEndDate === undefined
          ) {
            problems.push({ path: 'input.startDate', message: 'must not be after the planned end date' });
          }
          if (problems.length > 0) throw new BadUserInputError(problems);
          return changes;
        },
      );
      const changes = diff({ ...before }, { ...after }, PROJECT_HISTORY_FIELDS);
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

  async setMembers(
    projectId: string,
    expectedVersion: number,
    members: ProjectMemberInput[],
    caller: Acting,
  ): Promise<Project> {
    if (members.length > PROJECT_LIMITS.members)
      throw BadUserInputError.field('members', `must name at most ${PROJECT_LIMITS.members} members`);
    const valid = validateItems(members, ProjectMemberInput, 'members');
    const duplicates = valid.findIndex(
      (member, index) => valid.findIndex((other) => other.personId === member.personId) !== index,
    );
    if (duplicates >= 0)
      throw BadUserInputError.field(`members.${duplicates}.personId`, 'names a person who is already in the list');
    const run = async (tx: EntityManager) => {
      if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, projectId, tx);
      const known = new Set(
        (await tx.findBy(Person, { id: In(valid.map((member) => member.personId)) })).map((person) => person.id),
      );
      const unknown = valid.flatMap((member, index) =>
        known.has(member.personId) ? [] : [{ path: `members.${index}.personId`, message: 'is not the id of a person' }],
      );
      if (unknown.length > 0) throw new BadUserInputError(unknown);
      const previous = await tx.find(ProjectMember, { where: { projectId }, order: { personId: 'ASC' } });
      const { after } = await this.uow.update(Project, 'Project', projectId, expectedVersion, () => ({}));
      await tx.delete(ProjectMember, { projectId });
      if (valid.length > 0)
        await tx.insert(
          ProjectMember,
          valid.map((member) => ({ projectId, personId: member.personId, role: member.role })),
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
      throw BadUserInputError.field('dependsOn', `must name at most ${PROJECT_LIMITS.dependsOn} projects`);
    const unique = [...new Set(dependsOn)];
    const run = async (tx: EntityManager) => {
      if (caller !== SYSTEM) await this.policy.assertCanEdit(caller, projectId, tx);
      const known = new Set((await tx.findBy(Project, { id: In(unique) })).map((project) => project.id));
      const problems: FieldProblem[] = dependsOn.flatMap((id, index) =>
        known.has(id) ? [] : [{ path: `dependsOn.${index}`, message: 'is not the id of a project' }],
      );
      if (problems.length > 0) throw new BadUserInputError(problems);
      if (unique.includes(projectId)) throw BadUserInputError.field('dependsOn', 'a project cannot depend on itself');
      // Would any of the new prerequisites (transitively) wait for this project? Then the list closes a cycle.
      const cycle: { id: string }[] = unique.length
        ? await tx.query(
            `WITH RECURSIVE upstream(id) AS (
               SELECT unnest($1::uuid[])
               UNION
               SELECT d.depends_on_id FROM project_dependency d JOIN upstream u ON d.project_id = u.id WHERE d.project_id <> $2
             ) SELECT id FROM upstream WHERE id = $2 LIMIT 1`,
            [unique, projectId],
          )
        : [];
      if (cycle.length > 0)
        throw BadUserInputError.field(
          'dependsOn',
          'would close a cycle: one of these projects already waits for this one',
        );
      const previous = (await tx.find(ProjectDependency, { where: { projectId } })).map((row) => row.dependsOnId);
      const { after } = await this.uow.update(Project, 'Project', projectId, expectedVersion, () => ({}));
      await tx.delete(ProjectDependency, { projectId });
      if (unique.length > 0)
        await tx.insert(
          ProjectDependency,
          unique.map((dependsOnId) => ({ projectId, dependsOnId })),
        );
      const codes = async (ids: string[]) =>
        ids.length ? (await tx.findBy(Project, { id: In(ids) })).map((project) => project.code).sort() : [];
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
  private async checkReferences(tx: EntityManager, input: References): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    if (input.fieldId && !(await tx.existsBy(FieldOfAction, { id: input.fieldId })))
      problems.push({ path: 'input.fieldId', message: 'is not the id of a field of action' });
    if (input.departmentId && !(await tx.existsBy(Department, { id: input.departmentId })))
      problems.push({ path: 'input.departmentId', message: 'is not the id of a department' });
    if (input.leadId && !(await tx.existsBy(Person, { id: input.leadId })))
      problems.push({ path: 'input.leadId', message: 'is not the id of a person' });
    return problems;
  }

  private async codeTaken(tx: EntityManager, code: string): Promise<boolean> {
    return (
      (await tx
        .getRepository(Project)
        .createQueryBuilder('p')
        .where('lower(p.code) = lower(:code)', { code })
        .getCount()) > 0
    );
  }

  get currency(): string {
    return this.config.currency;
  }
}
