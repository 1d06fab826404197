import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PeopleModule } from '../people/people.module';
import { AccessCoreModule } from './access-core.module';
import { AccessGuard } from './access.guard';
import { AccessLoaders } from './access.loaders';
import { AccountsBootstrapService } from './accounts-bootstrap.service';
import { ApiTokenResolver } from './api-token.resolver';
import { AuthResolver } from './auth.resolver';
import { OidcLoginController } from './oidc-login.controller';
import { SecurityEventRoleResolver } from './security-event-role.resolver';
import { SecurityLogResolver } from './security-log.resolver';
import { SignInThrottleService } from './sign-in-throttle.service';

/** Sign-in, sessions, API tokens, single sign-on and the security log; its guard covers every operation. */
@Module({
  imports: [AccessCoreModule, PeopleModule],
  controllers: [OidcLoginController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthResolver,
    ApiTokenResolver,
    SecurityLogResolver,
    SecurityEventRoleResolver,
    SignInThrottleService,
    AccountsBootstrapService,
    AccessLoaders,
  ],
})
export class AccessModule {}
