import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { MilestoneResolver, RebaselineResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';
import { MilestoneLoaders } from './milestone.loaders';
import { MilestoneRepository } from './milestone.repository';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [MilestoneLoaders, MilestoneRepository, MilestoneService, MilestoneResolver, RebaselineResolver],
  exports: [MilestoneService],
})
export class MilestoneModule {}
