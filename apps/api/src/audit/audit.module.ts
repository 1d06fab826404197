import { Module } from '@nestjs/common';
import { AuditEventResolver } from './audit.resolver';
import { AuditLoaders } from './audit.loaders';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService, AuditEventResolver, AuditLoaders], exports: [AuditService] })
export class AuditModule {}
