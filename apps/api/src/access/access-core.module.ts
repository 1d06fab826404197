import { Module } from '@nestjs/common';
import { SystemModule } from '../system/system.module';
import { AccessRepository } from './access.repository';
import { ApiTokenService } from './api-token.service';
import { AuthenticatorService } from './authenticator.service';
import { OidcService } from './oidc.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { SessionService } from './session.service';

const SERVICES = [
  AccessRepository,
  PasswordService,
  SessionService,
  SecurityLogService,
  ApiTokenService,
  OidcService,
  AuthenticatorService,
];

/** The services of identity and access, without resolvers: the people module builds on them. */
@Module({ imports: [SystemModule], providers: SERVICES, exports: SERVICES })
export class AccessCoreModule {}
