import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { MilestoneResolver } from './milestone.resolver';
import { MilestoneService } from './milestone.service';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [MilestoneService, MilestoneResolver],
  exports: [MilestoneService],
})
export class MilestoneModule {}
