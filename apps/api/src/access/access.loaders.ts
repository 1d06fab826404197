import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderRegistry } from '../graphql/request-loaders';
import { ApiTokenService } from './api-token.service';
import { SecurityLogService } from './security-log.service';

/** API tokens and the security log as nodes: for administrators only. */
@Injectable()
export class AccessLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly apiTokens: ApiTokenService,
    private readonly securityLog: SecurityLogService,
  ) {}

  onModuleInit(): void {
    this.registry.registerNode({
      type: 'ApiToken',
      table: 'api_token',
      adminOnly: true,
      load: (id) => this.apiTokens.findById(id),
    });
    this.registry.registerNode({
      type: 'SecurityEvent',
      table: 'security_event',
      adminOnly: true,
      load: (id) => this.securityLog.findById(id),
    });
  }
}
