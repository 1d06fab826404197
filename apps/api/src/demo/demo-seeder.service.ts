import { Inject, Injectable, OnApplicationBootstrap, Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { validateItems } from '../common/input-validation.pipe';
import { todayIn } from '../common/today';
import { SYSTEM } from '../access/caller';
import { UnitOfWork } from '../database/unit-of-work';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CreateKpiInput, RecordKpiMeasurementInput } from '../kpi/dto/kpi.input';
import { KpiService } from '../kpi/kpi.service';
import { LOGGER } from '../logging/logging.module';
import { CreateMilestoneInput } from '../milestone/dto/milestone.input';
import { MilestoneService } from '../milestone/milestone.service';
import { DepartmentsService } from '../people/departments.service';
import { CreatePersonInput } from '../people/dto/person.input';
import { PeopleService } from '../people/people.service';
import { CreateProjectInput, ProjectMemberInput } from '../project/dto/project.input';
import { ProjectService } from '../project/project.service';
import { CreateRiskInput } from '../risk/dto/risk.input';
import { RiskService } from '../risk/risk.service';
import { PostStatusUpdateInput } from '../status/dto/status.input';
import { StatusService } from '../status/status.service';
import { CreateFieldOfActionInput, CreateStrategyInput } from '../strategy/dto/strategy.input';
import { StrategyService } from '../strategy/strategy.service';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_PORTFOLIO, DemoPortfolio } from './demo-portfolio';
import { DemoRepository } from './demo.repository';

const DAY_MS = 86_400_000;

/** The date `offset` days from `today` (both ISO dates). */
export function addDays(today: string, offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Checks a seeding input as the API checks its inputs (class-validator), naming the demo record at fault. */
function checked<T extends object>(type: Type<T>, input: object, label: string): T {
  return validateItems([input], type, `demo ${label}`)[0];
}

/**
 * Seeds the demo portfolio (LEITSTAND_DEMO) through the same services as the API, with their
 * validation and history; the system is the actor. Dates are laid relative to the day of seeding.
 * Idempotent: people are created where missing, the portfolio once.
 */
@Injectable()
export class DemoSeederService implements OnApplicationBootstrap {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly existing: DemoRepository,
    private readonly departments: DepartmentsService,
    private readonly people: PeopleService,
    private readonly strategies: StrategyService,
    private readonly projects: ProjectService,
    private readonly milestones: MilestoneService,
    private readonly statuses: StatusService,
    private readonly kpis: KpiService,
    private readonly risks: RiskService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo.enabled) return;
    const started = performance.now();
    const seeded = await this.uow.transaction(() => this.seed(DEMO_PORTFOLIO));
    if (seeded) {
      this.logger.info(
        { projects: DEMO_PORTFOLIO.projects.length, ms: Math.round(performance.now() - started) },
        'Seeded the demo portfolio',
      );
    }
    this.logger.warn(
      { accounts: DEMO_ACCOUNTS.map((account) => account.email) },
      'DEMO MODE: demo accounts are active (password from LEITSTAND_DEMO_PASSWORD). Set LEITSTAND_DEMO=false for real use.',
    );
  }

  /** Returns whether the portfolio was seeded now (false: it was there already). */
  private async seed(demo: DemoPortfolio): Promise<boolean> {
    await this.existing.waitForOtherSeeders();
    const departmentIds = new Map<string, string>();
    for (const department of demo.departments) {
      const existing = await this.existing.departmentByCode(department.code);
      departmentIds.set(
        department.key,
        existing?.id ?? (await this.departments.create({ code: department.code, name: department.name })).id,
      );
    }
    const personIds = new Map<string, string>();
    for (const person of demo.people) {
      const existing = await this.existing.personByEmail(person.email);
      const input = checked(
        CreatePersonInput,
        {
          name: person.name,
          email: person.email,
          role: person.role,
          departmentId: departmentIds.get(person.department),
        },
        person.email,
      );
      const created =
        existing ??
        (await this.people.create(
          { ...input, password: this.config.demo.password },
          { personId: null, ipAddress: null },
        ));
      personIds.set(person.key, created.id);
    }
    if (await this.existing.strategyExists(demo.strategy.name)) return false;

    const today = todayIn(this.config.timeZone);
    const day = (offset: number | undefined) => (offset === undefined ? undefined : addDays(today, offset));
    const strategy = await this.strategies.create(checked(CreateStrategyInput, demo.strategy, 'strategy'), SYSTEM);
    const fieldIds = new Map<string, string>();
    for (const field of demo.fields) {
      const input = checked(
        CreateFieldOfActionInput,
        { strategyId: strategy.id, name: field.name, description: field.description },
        field.key,
      );
      fieldIds.set(field.key, (await this.strategies.createField(input, SYSTEM)).id);
    }

    const projectIds = new Map<string, string>();
    for (const project of demo.projects) {
      const input = checked(
        CreateProjectInput,
        {
          code: project.code,
          title: project.title,
          summary: project.summary,
          tags: project.tags,
          fieldId: fieldIds.get(project.field),
          departmentId: departmentIds.get(project.department),
          leadId: personIds.get(project.lead),
          startDate: day(project.startOffsetDays),
          plannedEndDate: day(project.plannedEndOffsetDays),
          budgetPlanned: project.budgetPlanned,
        },
        project.code,
      );
      const created = await this.projects.create(
        {
          ...input,
          forecastEndDate: day(project.forecastEndOffsetDays) ?? null,
          actualEndDate: day(project.actualEndOffsetDays) ?? null,
          budgetSpent: project.budgetSpent ?? null,
        },
        SYSTEM,
      );
      projectIds.set(project.code, created.id);
      const members = project.members.map((member) =>
        checked(ProjectMemberInput, { personId: personIds.get(member.person), role: member.role }, project.code),
      );
      const withMembers = await this.projects.setMembers(created.id, created.version, members, SYSTEM);

      for (const milestone of project.milestones) {
        const input = checked(
          CreateMilestoneInput,
          {
            projectId: created.id,
            title: milestone.title,
            description: milestone.description,
            plannedDate: day(milestone.plannedOffsetDays),
            ownerId: milestone.owner && personIds.get(milestone.owner),
          },
          project.code,
        );
        await this.milestones.create(
          {
            ...input,
            forecastDate: day(milestone.forecastOffsetDays) ?? null,
            completedDate: day(milestone.completedOffsetDays) ?? null,
          },
          SYSTEM,
        );
      }
      for (const kpi of project.kpis) {
        const created = await this.kpis.create(
          checked(
            CreateKpiInput,
            { projectId: withMembers.id, name: kpi.name, unit: kpi.unit, baseline: kpi.baseline, target: kpi.target },
            project.code,
          ),
          SYSTEM,
        );
        for (const measurement of kpi.measurements) {
          const input = checked(
            RecordKpiMeasurementInput,
            { kpiId: created.id, date: day(-measurement.daysAgo), value: measurement.value, note: measurement.note },
            project.code,
          );
          await this.kpis.record(input, SYSTEM);
        }
      }
      for (const risk of project.risks) {
        const input = checked(
          CreateRiskInput,
          {
            projectId: created.id,
            title: risk.title,
            description: risk.description,
            probability: risk.probability,
            impact: risk.impact,
            mitigation: risk.mitigation,
            ownerId: risk.owner && personIds.get(risk.owner),
          },
          project.code,
        );
        await this.risks.create({ ...input, status: risk.status }, SYSTEM);
      }
      for (const update of project.statusUpdates) {
        const input = checked(
          PostStatusUpdateInput,
          {
            projectId: created.id,
            health: update.health,
            phase: update.phase,
            progress: update.progress,
            summary: update.summary,
            achievements: update.achievements,
            nextSteps: update.nextSteps,
            blockers: update.blockers,
          },
          project.code,
        );
        const at = new Date(Date.now() - update.daysAgo * DAY_MS);
        await this.statuses.post(input, SYSTEM, { authorId: personIds.get(update.author), at });
      }
    }
    for (const project of demo.projects) {
      if (project.dependsOn.length === 0) continue;
      const id = projectIds.get(project.code)!;
      const version = await this.existing.projectVersion(id);
      await this.projects.setDependencies(
        id,
        version,
        project.dependsOn.map((code) => projectIds.get(code)!),
        SYSTEM,
      );
    }
    return true;
  }
}
