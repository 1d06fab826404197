import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';
import { KpiLoaders } from './kpi.loaders';
import { KpiRepository } from './kpi.repository';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [KpiLoaders, KpiRepository, KpiService, KpiResolver],
  exports: [KpiService],
})
export class KpiModule {}
