import { Module } from '@nestjs/common';
import { AuditEventResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService, AuditEventResolver], exports: [AuditService] })
export class AuditModule {}
