import { HISTORY_KINDS, Role } from '@leitstand/shared-domain';
import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentCaller, ProjectWriters, Roles, SignedIn } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import { AuditEvent } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { AuditEventConnection } from '../audit/audit.types';
import { AS_OF_ARG, asOfOf, pastInstant } from '../common/as-of';
import { BadUserInputError } from '../common/errors';
import { Connection, toPage } from '../graphql/connection';
import type { GraphQLContext } from '../graphql/graphql-context';
import { loadersFor } from '../graphql/graphql-context';
import { Kpi } from '../kpi/kpi.entity';
import { Milestone } from '../milestone/milestone.entity';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { Risk } from '../risk/risk.entity';
import { StatusUpdate } from '../status/status-update.entity';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import {
  CreateProjectInput,
  ProjectFilter,
  ProjectMemberInput,
  ProjectOrder,
  UpdateProjectInput,
} from './dto/project.input';
import { PortfolioSummary, PortfolioSummaryService } from './portfolio-summary.service';
import { Project } from './project.entity';
import type { ProjectRow } from './project-read-model';
import { relationsAsked } from './project-read-model';
import { endangerments } from './endangerment';
import { ProjectService } from './project.service';
import { Budget, Endangerment, ProjectConnection, ProjectMemberType } from './project.types';

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly summaries: PortfolioSummaryService,
    private readonly audit: AuditService,
  ) {}

  @SignedIn()
  @Query(() => ProjectConnection)
  async projects(
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('orderBy', { type: () => ProjectOrder, nullable: true }) orderBy?: ProjectOrder,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
    @Args('asOf', AS_OF_ARG) asOf?: Date | null,
  ): Promise<Connection<ProjectRow>> {
    return this.projectService.list(filter, orderBy, toPage(first, after), {
      relations: info && relationsAsked(info, 'connection'),
      asOf: pastInstant(asOf),
    });
  }

  @SignedIn()
  @Query(() => Project, {
    nullable: true,
    description: 'By id or by code; null where none matches (or, with `asOf`, where it did not exist yet).',
  })
  async project(
    @Info() info: GraphQLResolveInfo,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
    @Args('asOf', AS_OF_ARG) asOf?: Date | null,
  ): Promise<ProjectRow | null> {
    if ((id ? 1 : 0) + (code ? 1 : 0) !== 1)
      throw BadUserInputError.field('id', 'ONE_OF', 'give either id or code', { other: 'code' });
    const instant = pastInstant(asOf);
    if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    return this.projectService.findOne(id ? { id } : { code: code! }, relationsAsked(info, 'project'), instant);
  }

  @SignedIn()
  @Query(() => PortfolioSummary, { description: 'Figures over the projects that the filter selects (all where none).' })
  portfolioSummary(
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('asOf', AS_OF_ARG) asOf?: Date | null,
  ): Promise<PortfolioSummary> {
    return this.summaries.summarise(filter, pastInstant(asOf));
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => Project)
  createProject(@Args('input') input: CreateProjectInput, @CurrentCaller() caller: Caller): Promise<Project> {
    return this.projectService.create(input, caller);
  }

  @ProjectWriters()
  @Mutation(() => Project)
  updateProject(@Args('input') input: UpdateProjectInput, @CurrentCaller() caller: Caller): Promise<Project> {
    return this.projectService.update(input, caller);
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => Project, {
    description:
      'PORTFOLIO_MANAGER or ADMIN. Takes the project out of lists, totals and the roadmap; nothing is deleted.',
  })
  archiveProject(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentCaller() caller: Caller,
  ): Promise<Project> {
    return this.projectService.setArchived(id, expectedVersion, true, caller);
  }

  @Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER)
  @Mutation(() => Project, { description: 'PORTFOLIO_MANAGER or ADMIN.' })
  restoreProject(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentCaller() caller: Caller,
  ): Promise<Project> {
    return this.projectService.setArchived(id, expectedVersion, false, caller);
  }

  @ProjectWriters()
  @Mutation(() => Project, { description: "Replaces the project's members with this list." })
  setProjectMembers(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('members', { type: () => [ProjectMemberInput] }) members: ProjectMemberInput[],
    @CurrentCaller() caller: Caller,
  ): Promise<Project> {
    return this.projectService.setMembers(projectId, expectedVersion, members, caller);
  }

  @ProjectWriters()
  @Mutation(() => Project, {
    description:
      'Replaces what the project depends on; a list that would close a cycle is refused with BAD_USER_INPUT.',
  })
  setProjectDependencies(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('dependsOn', { type: () => [ID] }) dependsOn: string[],
    @CurrentCaller() caller: Caller,
  ): Promise<Project> {
    return this.projectService.setDependencies(projectId, expectedVersion, dependsOn, caller);
  }

  @ResolveField(() => FieldOfAction, { nullable: true })
  field(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return project.fieldId ? context.loaders.field.load(project.fieldId) : null;
  }

  @ResolveField(() => Department, { nullable: true })
  department(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return project.departmentId ? context.loaders.department.load(project.departmentId) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  lead(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return project.leadId ? context.loaders.person.load(project.leadId) : null;
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who commissioned the project (Auftraggeber).' })
  sponsor(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return project.sponsorId ? context.loaders.person.load(project.sponsorId) : null;
  }

  @ResolveField(() => [ProjectMemberType])
  async members(@Parent() project: Project, @Context() context: GraphQLContext): Promise<ProjectMemberType[]> {
    const members = await loadersFor(context, project).membersOfProject.load(project.id);
    const people = await context.loaders.person.loadMany(members.map((member) => member.personId));
    return members.map((member, index) => ({ person: people[index] as Person, role: member.role }));
  }

  @ResolveField(() => Budget)
  budget(@Parent() project: Project): Budget {
    return { planned: project.budgetPlanned, spent: project.budgetSpent, currency: this.projectService.currency };
  }

  @ResolveField(() => [Milestone], { description: 'Ordered by planned date.' })
  milestones(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return loadersFor(context, project).milestonesOfProject.load(project.id);
  }

  @ResolveField(() => Milestone, { nullable: true, description: 'The earliest milestone that is not done.' })
  nextMilestone(@Parent() project: Project, @Context() context: GraphQLContext) {
    return loadersFor(context, project).nextMilestone.load(project.id);
  }

  @ResolveField(() => StatusUpdate, { nullable: true })
  latestStatus(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return loadersFor(context, project).latestStatus.load(project.id);
  }

  @ResolveField(() => [Kpi])
  kpis(@Parent() project: ProjectRow, @Context() context: GraphQLContext) {
    return loadersFor(context, project).kpisOfProject.load(project.id);
  }

  @ResolveField(() => [Risk])
  risks(@Parent() project: Project, @Context() context: GraphQLContext) {
    return loadersFor(context, project).risksOfProject.load(project.id);
  }

  @ResolveField(() => [Project], { description: 'Projects that must deliver before this one can.' })
  dependsOn(@Parent() project: Project, @Context() context: GraphQLContext) {
    return loadersFor(context, project).dependenciesOfProject.load(project.id);
  }

  @ResolveField(() => [Endangerment], {
    description:
      'The prerequisites whose slip reaches this project ("gefährdet durch DIG-…"), each once, at the earliest point of this project that it passes; none for a completed or cancelled project. As of the same instant as the project.',
  })
  async endangeredBy(@Parent() project: Project, @Context() context: GraphQLContext): Promise<Endangerment[]> {
    const loaders = loadersFor(context, project);
    const prerequisites = await loaders.dependenciesOfProject.load(project.id);
    if (prerequisites.length === 0) return [];
    const milestones = await loaders.milestonesOfProject.load(project.id);
    return endangerments(project, prerequisites, milestones, this.projectService.todayAsOf(asOfOf(project)));
  }

  @ResolveField(() => [Project], { description: 'Projects that depend on this one.' })
  dependents(@Parent() project: Project, @Context() context: GraphQLContext) {
    return loadersFor(context, project).dependentsOfProject.load(project.id);
  }

  @ResolveField(() => AuditEventConnection, {
    description: 'Every change to the project and to what belongs to it, newest first.',
  })
  history(
    @Parent() project: Project,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('entityTypes', {
      type: () => [String],
      nullable: true,
      description: `Only the entries about these kinds of record (entityType): ${HISTORY_KINDS.join(', ')}.`,
    })
    entityTypes?: string[] | null,
  ): Promise<Connection<AuditEvent>> {
    const unknown = (entityTypes ?? []).findIndex((kind) => !(HISTORY_KINDS as readonly string[]).includes(kind));
    if (unknown >= 0)
      throw BadUserInputError.field(
        `entityTypes.${unknown}`,
        'NOT_ALLOWED',
        `must be one of ${HISTORY_KINDS.join(', ')}`,
      );
    return this.audit.projectHistory(project.id, toPage(first, after), entityTypes ?? undefined, asOfOf(project));
  }
}

@Resolver(() => Person)
export class PersonProjectsResolver {
  @ResolveField(() => [Project], { description: 'Projects whose lead this person is.' })
  ledProjects(@Parent() person: Person, @Context() context: GraphQLContext) {
    return context.loaders.ledProjects.load(person.id);
  }
}

@Resolver(() => FieldOfAction)
export class FieldProjectsResolver {
  constructor(private readonly projectService: ProjectService) {}

  @ResolveField(() => ProjectConnection)
  async projects(
    @Parent() field: FieldOfAction,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('orderBy', { type: () => ProjectOrder, nullable: true }) orderBy?: ProjectOrder,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Connection<ProjectRow>> {
    return this.projectService.list(filter, orderBy, toPage(first, after), {
      fieldId: field.id,
      relations: info && relationsAsked(info, 'connection'),
    });
  }
}
