import { Module } from '@nestjs/common';
import { AuditEventResolver, FieldChangeResolver } from './audit.resolver';
import { AuditLoaders } from './audit.loaders';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Module({
  providers: [AuditRepository, AuditService, AuditEventResolver, FieldChangeResolver, AuditLoaders],
  exports: [AuditService],
})
export class AuditModule {}
