import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';
import { RiskLoaders } from './risk.loaders';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [RiskLoaders, RiskService, RiskResolver],
  exports: [RiskService],
})
export class RiskModule {}
