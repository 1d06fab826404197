import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderRegistry } from '../graphql/request-loaders';
import { AuditService } from './audit.service';

/** History entries as nodes. */
@Injectable()
export class AuditLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.registerNode({ type: 'AuditEvent', table: 'audit_event', load: (id) => this.audit.findById(id) });
  }
}
