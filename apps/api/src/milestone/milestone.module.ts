import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';
import { MilestoneLoaders } from './milestone.loaders';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [MilestoneLoaders, MilestoneService, MilestoneResolver],
  exports: [MilestoneService],
})
export class MilestoneModule {}
