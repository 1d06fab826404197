import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';
import { KpiLoaders } from './kpi.loaders';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [KpiLoaders, KpiService, KpiResolver],
  exports: [KpiService],
})
export class KpiModule {}
