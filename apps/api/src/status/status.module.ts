import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { ProjectStatusResolver, StatusResolver } from './status.resolver';
import { StatusService } from './status.service';
import { StatusLoaders } from './status.loaders';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [StatusLoaders, StatusService, StatusResolver, ProjectStatusResolver],
  exports: [StatusService],
})
export class StatusModule {}
