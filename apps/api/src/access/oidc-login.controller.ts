import { RETURN_PARAM, safeReturnPath, SIGN_IN_PATH } from '@leitstand/shared-domain';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module';
import { Public } from './access.decorators';
import {
  OIDC_FLOW_COOKIE,
  OIDC_ID_TOKEN_COOKIE,
  readCookie,
  SESSION_COOKIE,
  setOidcCookie,
  setSessionCookies,
} from './cookies';
import { FLOW_TTL_SECONDS, OidcService, SignInFailedError, SignInFailure } from './oidc.service';
import { SecurityLogService } from './security-log.service';
import { SessionService } from './session.service';

/** The web client's page that explains a failed single sign-on, by reason. */
export const SIGN_IN_ERROR_PATH = `${SIGN_IN_PATH}/fehler`;

/** Reasons of the error page; `failed` for anything unforeseen (the details go to the log). */
export type SignInErrorReason = SignInFailure | 'failed';

/** ID tokens larger than this are not kept for the sign-out (a cookie holds about 4 kB). */
const MAX_ID_TOKEN_COOKIE = 3500;

/** Refusals of a person whom the provider vouched for: they go into the security log. */
const REFUSALS_OF_A_PERSON: ReadonlySet<SignInFailure> = new Set(['no-email', 'unknown-person', 'deactivated']);

/**
 * Single sign-on in the browser (OpenID Connect, authorization code flow with PKCE): sends the
 * browser to the provider, takes it back, and signs the person in with the same session cookie
 * as a local sign-in. Every failure ends on the web client's error page, never on a stack trace.
 */
@Public()
@Controller('auth/oidc')
export class OidcLoginController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.oidc.client) return redirect(response, SIGN_IN_PATH);
    const returnTo = safeReturnPath(
      typeof request.query[RETURN_PARAM] === 'string' ? request.query[RETURN_PARAM] : '/',
    );
    try {
      const { url, flow } = await this.oidc.startSignIn(returnTo);
      setOidcCookie(request, response, OIDC_FLOW_COOKIE, {
        value: flow,
        expires: new Date(Date.now() + FLOW_TTL_SECONDS * 1000),
      });
      redirect(response, url.href);
    } catch (error) {
      this.fail(request, response, error);
    }
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.oidc.client) return redirect(response, SIGN_IN_PATH);
    // The flow state serves one answer only: gone whatever happens next.
    const flow = readCookie(request, OIDC_FLOW_COOKIE);
    setOidcCookie(request, response, OIDC_FLOW_COOKIE);
    const query = new URLSearchParams(request.originalUrl.split('?')[1] ?? '');
    try {
      const { person, email, idToken, returnTo } = await this.oidc.finishSignIn(query, flow);
      const session = await this.sessions.start(person.id);
      await this.securityLog.record({
        kind: 'login.succeeded',
        email,
        actorId: person.id,
        subjectId: person.id,
        ipAddress: request.ip ?? null,
        details: { method: 'oidc' },
      });
      setSessionCookies(request, response, session.token, session.expiresAt);
      if (idToken && idToken.length <= MAX_ID_TOKEN_COOKIE)
        setOidcCookie(request, response, OIDC_ID_TOKEN_COOKIE, { value: idToken, expires: session.expiresAt });
      redirect(response, safeReturnPath(returnTo));
    } catch (error) {
      if (error instanceof SignInFailedError && REFUSALS_OF_A_PERSON.has(error.reason)) {
        await this.securityLog
          .record({
            kind: 'login.failed',
            email: error.email,
            ipAddress: request.ip ?? null,
            details: { method: 'oidc', reason: error.reason },
          })
          .catch((logError: unknown) => this.logger.error({ err: logError }, 'Security event not recorded'));
      }
      this.fail(request, response, error);
    }
  }

  /**
   * After signing out of Leitstand (the `logout` mutation), signs out at the provider too where
   * the session came from it and its discovery document names an end_session_endpoint; then back
   * to the sign-in page. A browser that is still signed in is sent home instead, so that no other
   * site can sign someone out at the provider behind their back.
   */
  @Get('logout')
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    const client = this.oidc.client;
    try {
      const sessionToken = readCookie(request, SESSION_COOKIE);
      if (sessionToken && (await this.sessions.resolve(sessionToken))) return redirect(response, '/');
      const idToken = readCookie(request, OIDC_ID_TOKEN_COOKIE);
      setOidcCookie(request, response, OIDC_ID_TOKEN_COOKIE);
      if (!client || !idToken) return redirect(response, SIGN_IN_PATH);
      const afterwards = new URL(SIGN_IN_PATH, client.redirectUrl).href;
      const target = await this.oidc.endSessionUrl(idToken, afterwards);
      redirect(response, target?.href ?? SIGN_IN_PATH);
    } catch (error) {
      this.logger.warn({ err: error }, 'Sign-out at the provider skipped');
      redirect(response, SIGN_IN_PATH);
    }
  }

  private fail(request: Request, response: Response, error: unknown): void {
    const reason: SignInErrorReason = error instanceof SignInFailedError ? error.reason : 'failed';
    if (reason === 'failed') this.logger.error({ err: error }, 'Single sign-on failed');
    else
      this.logger[reason === 'provider-unavailable' ? 'warn' : 'info'](
        { reason, detail: (error as SignInFailedError).detail, ipAddress: request.ip },
        'Single sign-on refused',
      );
    redirect(response, `${SIGN_IN_ERROR_PATH}?grund=${reason}`);
  }
}

/** 303: the browser follows with a GET, whatever came before; nothing here may be cached. */
function redirect(response: Response, location: string): void {
  response.setHeader('Cache-Control', 'no-store');
  response.redirect(303, location);
}
