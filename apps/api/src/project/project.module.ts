import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PortfolioChangesResolver } from './portfolio-changes.resolver';
import { PortfolioChangesService } from './portfolio-changes.service';
import { PortfolioSummaryService } from './portfolio-summary.service';
import { ProjectAccessPolicy } from './project-access.policy';
import { FieldProjectsResolver, PersonProjectsResolver, ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';
import { ProjectLoaders } from './project.loaders';
import { ProjectRepository } from './project.repository';

@Module({
  imports: [AuditModule],
  providers: [
    ProjectLoaders,
    ProjectRepository,
    ProjectService,
    ProjectAccessPolicy,
    PortfolioSummaryService,
    PortfolioChangesService,
    ProjectResolver,
    PortfolioChangesResolver,
    PersonProjectsResolver,
    FieldProjectsResolver,
  ],
  exports: [ProjectService, ProjectRepository, ProjectAccessPolicy, PortfolioSummaryService, PortfolioChangesService],
})
export class ProjectModule {}
