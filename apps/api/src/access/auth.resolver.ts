import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts';
import type { GraphQLContext } from '../graphql/graphql-context';
import { actorOf } from '../people/people.resolver';
import { PeopleService } from '../people/people.service';
import { CurrentCaller, Public, SignedIn } from './access.decorators';
import type { Caller } from './caller';
import { clearSessionCookies, OIDC_PATH, setSessionCookies } from './cookies';
import { OidcService } from './oidc.service';
import { DemoAccount, SessionPayload, SignInOptions } from './dto/access.types';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';

const WRONG_CREDENTIALS = 'Wrong email or password.';
const MAX_EMAIL_LENGTH = 320;
const MAX_PASSWORD_LENGTH = 256;

@Resolver()
export class AuthResolver {
  constructor(
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    private readonly throttle: SignInThrottleService,
    private readonly people: PeopleService,
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => SessionPayload, {
    description:
      'Signs in with a local account; wrong credentials give UNAUTHENTICATED, the same for an unknown email; FORBIDDEN where local sign-in is switched off (LEITSTAND_LOCAL_LOGIN=false). Also sets the session cookie for the web client. After 5 failures for one email, or 30 from one client address, within 15 minutes, sign-in for it is refused for 15 minutes (UNAUTHENTICATED with retryAfterSeconds). At most one login per operation and per batched request.',
  })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() context: GraphQLContext,
  ): Promise<SessionPayload> {
    if (!this.config.auth.localLogin)
      throw new ForbiddenError(
        "Sign-in with email and password is switched off here: sign in with the city's single sign-on.",
      );
    const normalised = email.trim().toLowerCase();
    // No account has a longer email (the column's length); no password needs more to be strong.
    if (normalised.length > MAX_EMAIL_LENGTH)
      throw BadUserInputError.field('email', 'TOO_LONG', `must be at most ${MAX_EMAIL_LENGTH} characters long`, {
        max: MAX_EMAIL_LENGTH,
      });
    if (password.length > MAX_PASSWORD_LENGTH)
      throw BadUserInputError.field('password', 'TOO_LONG', `must be at most ${MAX_PASSWORD_LENGTH} characters long`, {
        max: MAX_PASSWORD_LENGTH,
      });
    const ipAddress = context.req.ip ?? null;
    const address = ipAddress ?? 'unknown';
    // Counted before the password is checked, so that no number of concurrent attempts passes the limit.
    const admission = await this.throttle.admit(normalised, address);
    if (!admission.admitted) {
      await this.securityLog.record({
        kind: 'login.throttled',
        email: normalised,
        ipAddress,
        details: { by: admission.scope },
      });
      const minutes = Math.ceil(admission.retryAfterSeconds / 60);
      const what = admission.scope === 'email' ? 'this email' : 'your address';
      throw new UnauthenticatedError(
        `Too many failed sign-ins for ${what}: sign-in is refused for ${minutes} more minute${minutes === 1 ? '' : 's'}.`,
        { retryAfterSeconds: admission.retryAfterSeconds },
      );
    }
    const person = await this.people.findByEmail(normalised);
    // Unknown, deactivated and wrong all take the same path and the same time.
    const valid = await this.passwords.verify(person?.active ? person.passwordHash : null, password);
    if (!person || !valid) {
      await this.securityLog.record({
        kind: 'login.failed',
        email: normalised,
        subjectId: person?.id ?? null,
        ipAddress,
      });
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(normalised, address);
    const session = await this.sessions.start(person.id);
    await this.securityLog.record({
      kind: 'login.succeeded',
      email: normalised,
      actorId: person.id,
      subjectId: person.id,
      ipAddress,
    });
    setSessionCookies(context.req, context.res, session.token, session.expiresAt);
    return { token: session.token, expiresAt: session.expiresAt, person };
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Ends the caller's session; the session cookie is cleared." })
  async logout(@CurrentCaller() caller: Caller, @Context() context: GraphQLContext): Promise<boolean> {
    if (caller.sessionId) await this.sessions.end(caller.sessionId);
    clearSessionCookies(context.req, context.res);
    await this.securityLog.record({
      kind: 'logout',
      actorId: caller.personId,
      subjectId: caller.personId,
      ipAddress: context.req.ip ?? null,
    });
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'The signed-in person changes their own password; their other sessions end.',
  })
  async changeMyPassword(
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    const person = await this.people.findById(caller.personId);
    if (!person || !(await this.passwords.verify(person.passwordHash, currentPassword))) {
      throw new UnauthenticatedError('The current password is wrong.');
    }
    this.passwords.checkNewPassword(newPassword, 'newPassword');
    await this.people.setPassword(
      person.id,
      newPassword,
      actorOf(caller, context),
      'password.changed',
      caller.sessionId,
    );
    return true;
  }

  @Public()
  @Query(() => [DemoAccount], {
    description:
      'Public (no sign-in): the demo accounts while the demo is active (and local sign-in is on), else empty.',
  })
  async demoAccounts(): Promise<DemoAccount[]> {
    if (!this.config.demo.enabled || !this.config.auth.localLogin) return [];
    const emails = DEMO_ACCOUNTS.map((account) => account.email);
    const people = await this.people.activeByEmails(emails);
    return emails.flatMap((email) => people.filter((person) => person.email === email));
  }

  @Public()
  @Query(() => SignInOptions, {
    description: 'Public (no sign-in): whether email and password are accepted, and single sign-on where configured.',
  })
  signInOptions(): SignInOptions {
    const client = this.oidc.client;
    return {
      localLogin: this.config.auth.localLogin,
      singleSignOn: client
        ? {
            label: client.label ?? null,
            labelEn: client.labelEn ?? null,
            signInPath: `${OIDC_PATH}/login`,
            signOutPath: `${OIDC_PATH}/logout`,
          }
        : null,
    };
  }
}
