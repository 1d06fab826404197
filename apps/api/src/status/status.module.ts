import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ProjectModule } from '../project/project.module';
import { ProjectStatusResolver, StatusResolver } from './status.resolver';
import { StatusService } from './status.service';
import { StatusLoaders } from './status.loaders';
import { StatusRepository } from './status.repository';

@Module({
  imports: [AuditModule, ProjectModule],
  providers: [StatusLoaders, StatusRepository, StatusService, StatusResolver, ProjectStatusResolver],
  exports: [StatusService],
})
export class StatusModule {}
