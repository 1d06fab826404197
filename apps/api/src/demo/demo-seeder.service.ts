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
import { DEMO_PORTFOLIO, DemoPortfolio, DemoProject } from './demo-portfolio';
import { DemoRepository } from './demo.repository';

const DAY_MS = 86_400_000;

/** The date `offset` days from `today` (both ISO dates). */
export function addDays(today: string, offset: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * How many days before seeding a demo project was made: before its first report, its first
 * measurement and its start where that has passed, and a month ago at the latest.
 */
export function createdDaysAgo(project: DemoProject): number {
  return Math.max(
    30,
    -project.startOffsetDays,
    ...project.statusUpdates.map((update) => update.daysAgo + 7),
    ...project.kpis.flatMap((kpi) => kpi.measurements.map((measurement) => measurement.daysAgo + 1)),
  );
}

/** Checks a seeding input as the API checks its inputs (class-validator), naming the demo record at fault. */
function checked<T extends object>(type: Type<T>, input: object, label: string): T {
  return validateItems([input], type, `demo ${label}`)[0];
}

/**
 * Seeds the demo portfolio (LEITSTAND_DEMO) through the same services as the API, with their
 * validation and history; the system is the actor. Dates are laid relative to the day of seeding,
 * and the portfolio's past is written as it happened: each project made some time ago, its reports,
 * measurements, slips and completions at their own dates (the history dated likewise), so that
 * the portfolio as of 90 days ago differs from today's.
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

    // The portfolio's past, as it happened: each step at its own instant, all in the order of time,
    // so that the history shows the portfolio as it stood on any day (asOf) and what changed since.
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY_MS);
    const timeline: { at: Date; order: number; run: () => Promise<unknown> }[] = [];
    const at = (when: Date, run: () => Promise<unknown>) =>
      timeline.push({ at: new Date(Math.min(when.getTime(), now - 60_000)), order: timeline.length, run });
    const projectIds = new Map<string, string>();
    const madeAt = new Map<string, number>();
    for (const project of demo.projects) {
      const created = ago(createdDaysAgo(project));
      madeAt.set(project.code, created.getTime());
      // Minutes after the project was made: what came with it, one step after the other.
      const after = (minutes: number) => new Date(created.getTime() + minutes * 60_000);
      const milestoneIds: string[] = [];
      const milestoneVersions = new Map<string, number>();
      at(created, async () => {
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
        const made = await this.projects.create(
          {
            ...input,
            forecastEndDate: day(project.forecastEndOffsetDays) ?? null,
            actualEndDate: day(project.actualEndOffsetDays) ?? null,
            budgetSpent: project.budgetSpent ?? null,
          },
          SYSTEM,
        );
        projectIds.set(project.code, made.id);
        const members = project.members.map((member) =>
          checked(ProjectMemberInput, { personId: personIds.get(member.person), role: member.role }, project.code),
        );
        await this.projects.setMembers(made.id, made.version, members, SYSTEM);
      });
      // The milestones as first planned; their forecasts and completions come when they happened.
      project.milestones.forEach((milestone, index) => {
        at(after(1), async () => {
          const input = checked(
            CreateMilestoneInput,
            {
              projectId: projectIds.get(project.code),
              title: milestone.title,
              description: milestone.description,
              plannedDate: day(milestone.plannedOffsetDays),
              ownerId: milestone.owner && personIds.get(milestone.owner),
            },
            project.code,
          );
          const made = await this.milestones.create(input, SYSTEM);
          milestoneIds[index] = made.id;
          milestoneVersions.set(made.id, made.version);
        });
        const completed = milestone.completedOffsetDays;
        const done =
          completed === undefined ? undefined : Math.max(created.getTime() + 3 * 60_000, now + completed * DAY_MS);
        if (milestone.forecastOffsetDays !== undefined) {
          // A slip is seen coming some weeks before the date first planned.
          const seen = Math.max(
            now + (Math.min(milestone.plannedOffsetDays, 0) - 21) * DAY_MS,
            created.getTime() + 2 * 60_000,
          );
          at(new Date(done === undefined ? seen : Math.min(seen, done - 60_000)), async () => {
            const id = milestoneIds[index];
            const moved = await this.milestones.update(
              { id, expectedVersion: milestoneVersions.get(id)!, forecastDate: day(milestone.forecastOffsetDays) },
              SYSTEM,
            );
            milestoneVersions.set(id, moved.version);
          });
        }
        if (done !== undefined)
          at(new Date(done), async () => {
            const id = milestoneIds[index];
            await this.milestones.complete(id, milestoneVersions.get(id)!, day(completed), SYSTEM);
          });
      });
      for (const kpi of project.kpis) {
        let kpiId = '';
        at(after(1), async () => {
          const input = checked(
            CreateKpiInput,
            {
              projectId: projectIds.get(project.code),
              name: kpi.name,
              unit: kpi.unit,
              baseline: kpi.baseline,
              target: kpi.target,
            },
            project.code,
          );
          kpiId = (await this.kpis.create(input, SYSTEM)).id;
        });
        for (const measurement of kpi.measurements) {
          at(new Date(Math.max(ago(measurement.daysAgo).getTime(), created.getTime() + 4 * 60_000)), () =>
            this.kpis.record(
              checked(
                RecordKpiMeasurementInput,
                { kpiId, date: day(-measurement.daysAgo), value: measurement.value, note: measurement.note },
                project.code,
              ),
              SYSTEM,
            ),
          );
        }
      }
      for (const risk of project.risks) {
        at(after(1), () => {
          const input = checked(
            CreateRiskInput,
            {
              projectId: projectIds.get(project.code),
              title: risk.title,
              description: risk.description,
              probability: risk.probability,
              impact: risk.impact,
              mitigation: risk.mitigation,
              ownerId: risk.owner && personIds.get(risk.owner),
            },
            project.code,
          );
          return this.risks.create({ ...input, status: risk.status }, SYSTEM);
        });
      }
      for (const update of project.statusUpdates) {
        const posted = new Date(Math.min(ago(update.daysAgo).getTime(), now - 60_000));
        at(posted, () => {
          const input = checked(
            PostStatusUpdateInput,
            {
              projectId: projectIds.get(project.code),
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
          return this.statuses.post(input, SYSTEM, { authorId: personIds.get(update.author), at: posted });
        });
      }
    }
    for (const project of demo.projects) {
      if (project.dependsOn.length === 0) continue;
      const since = Math.max(...[project.code, ...project.dependsOn].map((code) => madeAt.get(code)!));
      at(new Date(since + 5 * 60_000), async () => {
        const id = projectIds.get(project.code)!;
        await this.projects.setDependencies(
          id,
          await this.existing.projectVersion(id),
          project.dependsOn.map((code) => projectIds.get(code)!),
          SYSTEM,
        );
      });
    }
    timeline.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    for (const step of timeline) {
      await this.uow.changesAt(step.at);
      await step.run();
    }
    return true;
  }
}
