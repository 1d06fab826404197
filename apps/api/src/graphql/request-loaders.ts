import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Kpi, KpiMeasurement } from '../kpi/kpi.entity';
import { KpiService } from '../kpi/kpi.service';
import { Milestone } from '../milestone/milestone.entity';
import { MilestoneService } from '../milestone/milestone.service';
import { Department } from '../people/department.entity';
import { DepartmentsService } from '../people/departments.service';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';
import { ProjectMember } from '../project/project-member.entity';
import { Project } from '../project/project.entity';
import { ProjectService } from '../project/project.service';
import { Risk } from '../risk/risk.entity';
import { RiskService } from '../risk/risk.service';
import { StatusUpdate } from '../status/status-update.entity';
import { StatusService } from '../status/status.service';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { Strategy } from '../strategy/strategy.entity';
import { StrategyService } from '../strategy/strategy.service';
import { selectColumns } from '../common/sql';
import { loaderById, loaderOfLists, loaderOfOne } from './loaders';

/** The DataLoaders of one request: made fresh for each, so nothing is cached across requests. */
export interface RequestLoaders {
  department: DataLoader<string, Department | null>;
  person: DataLoader<string, Person | null>;
  strategy: DataLoader<string, Strategy | null>;
  field: DataLoader<string, FieldOfAction | null>;
  fieldsOfStrategy: DataLoader<string, FieldOfAction[]>;
  project: DataLoader<string, Project | null>;
  ledProjects: DataLoader<string, Project[]>;
  membersOfProject: DataLoader<string, ProjectMember[]>;
  dependenciesOfProject: DataLoader<string, Project[]>;
  milestone: DataLoader<string, Milestone | null>;
  milestonesOfProject: DataLoader<string, Milestone[]>;
  nextMilestone: DataLoader<string, Milestone | null>;
  statusUpdate: DataLoader<string, StatusUpdate | null>;
  latestStatus: DataLoader<string, StatusUpdate | null>;
  kpi: DataLoader<string, Kpi | null>;
  kpisOfProject: DataLoader<string, Kpi[]>;
  latestMeasurement: DataLoader<string, KpiMeasurement | null>;
  measurementsOfKpi: DataLoader<string, KpiMeasurement[]>;
  risk: DataLoader<string, Risk | null>;
  risksOfProject: DataLoader<string, Risk[]>;
}

/** Makes each request's loaders, one small factory per relation. */
@Injectable()
export class RequestLoadersFactory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly departments: DepartmentsService,
    private readonly people: PeopleService,
    private readonly strategies: StrategyService,
    private readonly projects: ProjectService,
    private readonly milestones: MilestoneService,
    private readonly statuses: StatusService,
    private readonly kpis: KpiService,
    private readonly risks: RiskService,
  ) {}

  create(): RequestLoaders {
    const projects = this.dataSource.getRepository(Project);
    const latestMeasurement = loaderOfOne(
      (ids) => this.kpis.latestOf(ids),
      (measurement: KpiMeasurement) => measurement.kpiId,
    );
    return {
      department: loaderById((ids) => this.departments.findByIds(ids)),
      person: loaderById((ids) => this.people.findByIds(ids)),
      strategy: loaderById((ids) => this.strategies.byIds(ids)),
      field: loaderById((ids) => this.strategies.fieldsByIds(ids)),
      fieldsOfStrategy: loaderOfLists(
        (ids) => this.strategies.fieldsOf(ids),
        (field) => field.strategyId,
      ),
      project: loaderById((ids) => this.projects.findByIds(ids)),
      ledProjects: loaderOfLists(
        (ids) => projects.find({ where: { leadId: In([...ids]) }, order: { code: 'ASC' } }),
        (project) => project.leadId ?? '',
      ),
      membersOfProject: loaderOfLists(
        (ids) =>
          this.dataSource
            .getRepository(ProjectMember)
            .find({ where: { projectId: In([...ids]) }, order: { role: 'ASC' } }),
        (member) => member.projectId,
      ),
      dependenciesOfProject: loaderOfLists(
        async (ids) =>
          this.dataSource.query(
            `SELECT d.project_id AS "_of", p.* FROM project_dependency d JOIN LATERAL (SELECT ${selectColumns(this.dataSource, Project, 'p')} FROM project p WHERE p.id = d.depends_on_id) p ON TRUE
              WHERE d.project_id = ANY($1::uuid[]) ORDER BY p.code`,
            [ids],
          ),
        (row: Project & { _of?: string }) => row._of ?? '',
      ),
      milestone: loaderById((ids) => this.milestones.byIds(ids)),
      milestonesOfProject: loaderOfLists(
        (ids) => this.milestones.byProjects(ids),
        (milestone) => milestone.projectId,
      ),
      nextMilestone: loaderOfOne(
        (ids) => this.milestones.nextOfProjects(ids),
        (milestone) => milestone.projectId,
      ),
      statusUpdate: loaderById((ids) => this.statuses.byIds(ids)),
      latestStatus: loaderOfOne(
        (ids) => this.statuses.latestOfProjects(ids),
        (status) => status.projectId,
      ),
      kpi: loaderById((ids) => this.kpis.byIds(ids)),
      // Key figures come with their newest measurement, which primes latestMeasurement: one statement, not two.
      kpisOfProject: loaderOfLists(
        async (ids) =>
          (await this.kpis.byProjectsWithLatest(ids)).map(({ kpi, latest }) => {
            latestMeasurement.prime(kpi.id, latest);
            return kpi;
          }),
        (kpi) => kpi.projectId,
      ),
      latestMeasurement,
      measurementsOfKpi: loaderOfLists(
        (ids) => this.kpis.measurementsOf(ids),
        (measurement) => measurement.kpiId,
      ),
      risk: loaderById((ids) => this.risks.byIds(ids)),
      risksOfProject: loaderOfLists(
        (ids) => this.risks.byProjects(ids),
        (risk) => risk.projectId,
      ),
    };
  }
}
