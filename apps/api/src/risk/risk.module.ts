import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';
import { RiskLoaders } from './risk.loaders';
import { RiskRepository } from './risk.repository';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [RiskLoaders, RiskRepository, RiskService, RiskResolver],
  exports: [RiskService],
})
export class RiskModule {}
