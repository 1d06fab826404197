import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { KpiResolver } from './kpi.resolver';
import { KpiService } from './kpi.service';

@Module({ imports: [AuditModule, ProjectModule], providers: [KpiService, KpiResolver], exports: [KpiService] })
export class KpiModule {}
