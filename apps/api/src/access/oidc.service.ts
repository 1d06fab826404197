import { randomBytes } from 'node:crypto';
import { Role } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, EncryptJWT, errors as joseErrors, JWTPayload, jwtDecrypt, jwtVerify } from 'jose';
import * as oidcClient from 'openid-client';
import type { Logger } from 'pino';
import { UnauthenticatedError } from '../common/errors';
import type { AppConfig, OidcClientConfig, OidcConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import type { Person } from '../people/person.entity';
import { SystemService } from '../system/system.service';
import { AccessRepository } from './access.repository';

/** From the most to the least privileged: where a claim names several roles, the first one found wins. */
const ROLES_BY_PRIVILEGE: Role[] = [Role.ADMIN, Role.PORTFOLIO_MANAGER, Role.PROJECT_LEAD, Role.VIEWER];

/** What the browser's sign-in asks the provider for: an ID token with the person's email. */
const SCOPE = 'openid email profile';
/** How long a sign-in at the provider may take before its flow state is no longer accepted. */
export const FLOW_TTL_SECONDS = 600;
/** How long the provider's endpoints may take to answer (discovery, token exchange, keys). */
const PROVIDER_TIMEOUT_SECONDS = 10;
const FLOW_KEY_SETTING = 'oidc.flow-key';

/** The role named by a claim's value (a string or a list), e.g. 'portfolio-manager' or ['viewer', 'ADMIN']. */
export function roleFromClaim(value: unknown): Role | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const named = new Set(values.map((v) => v.trim().toUpperCase().replace(/-/g, '_')));
  return ROLES_BY_PRIVILEGE.find((role) => named.has(role));
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      payload,
    );
}

/** Why the provider's word for someone does not sign them in. */
export type PersonRefusal = 'no-email' | 'unknown-person' | 'deactivated';

export type PersonMatch = { person: Person; email: string } | { refused: PersonRefusal; email: string | null };

/** Why a sign-in through the provider in the browser failed, as the error page names it. */
export type SignInFailure =
  | PersonRefusal
  /** The provider could not be reached, or answered with an error of its own. */
  | 'provider-unavailable'
  /** The provider did not confirm the sign-in (cancelled, refused, or an answer that does not check out). */
  | 'refused'
  /** No sign-in of this browser is waiting for this answer: expired, already used, or not started here. */
  | 'expired';

export class SignInFailedError extends Error {
  override name = 'SignInFailedError';
  constructor(
    readonly reason: SignInFailure,
    readonly detail: string,
    /** The email that the provider vouched for, where it named one. */
    readonly email: string | null = null,
  ) {
    super(`Single sign-on failed (${reason}): ${detail}`);
  }
}

/** What the browser keeps (sealed, in a cookie) between leaving for the provider and coming back. */
interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/** Network failures, timeouts and 5xx answers: the provider is down rather than saying no. */
function isUnavailable(error: unknown): boolean {
  // By name, not by class: fetch's errors may come from another realm (a test runner's sandbox).
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TypeError' || name === 'TimeoutError' || name === 'AbortError') return true;
  if (error instanceof oidcClient.ResponseBodyError) return error.status >= 500;
  if (error instanceof oidcClient.ClientError) {
    if (error.cause !== undefined && isUnavailable(error.cause)) return true;
    const status = (error.cause as { status?: unknown } | undefined)?.status;
    return typeof status === 'number' && status >= 500;
  }
  return false;
}

function explain(error: unknown): string {
  if (error instanceof oidcClient.AuthorizationResponseError || error instanceof oidcClient.ResponseBodyError)
    return `${error.error}${error.error_description ? `: ${error.error_description}` : ''}`;
  if (error instanceof Error)
    return `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`;
  return String(error);
}

/**
 * Single sign-on with the configured OpenID Connect issuer, found through its discovery document:
 * bearer JWTs verified against the keys it publishes, and the browser's authorization code flow
 * with PKCE, state and nonce. Both match the provider's word to an active person by email.
 */
@Injectable()
export class OidcService {
  private readonly oidc: OidcConfig | undefined;
  private provider: Promise<oidcClient.Configuration> | undefined;
  private keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  private flowKey: Promise<Uint8Array> | undefined;

  constructor(
    private readonly access: AccessRepository,
    private readonly system: SystemService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.oidc = config.auth.oidc;
  }

  /** Whether tokens of this issuer are ours to check. */
  accepts(issuer: string | undefined): boolean {
    return this.oidc !== undefined && issuer === this.oidc.issuer;
  }

  /** The browser's sign-in, where it is configured. */
  get client(): OidcClientConfig | undefined {
    return this.oidc?.client;
  }

  async resolve(token: string): Promise<{ personId: string; role: Role } | null> {
    const oidc = this.oidc;
    if (!oidc) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.jwks(), { issuer: oidc.issuer, audience: oidc.audience }));
    } catch (error) {
      if (error instanceof SignInFailedError) {
        this.logger.warn({ detail: error.detail }, 'Single sign-on token not checked: the provider cannot be reached');
        throw new UnauthenticatedError(
          'The single sign-on provider cannot be reached to check the token; try again in a few minutes.',
        );
      }
      if (error instanceof joseErrors.JOSEError) {
        this.logger.info({ reason: error.code }, 'Single sign-on token refused');
        return null;
      }
      throw error;
    }
    const match = await this.personFor(payload);
    if ('refused' in match) {
      this.logger.info({ reason: match.refused }, 'Single sign-on token refused');
      return null;
    }
    const claimed = oidc.roleClaim ? roleFromClaim(claimAt(payload, oidc.roleClaim)) : undefined;
    return { personId: match.person.id, role: claimed ?? match.person.role };
  }

  /**
   * The person that verified claims name: by the email claim (an email that the provider says is
   * not verified counts as none), and only while the person is active.
   */
  async personFor(claims: JWTPayload): Promise<PersonMatch> {
    const claimed = this.oidc ? claimAt(claims, this.oidc.emailClaim) : undefined;
    const email = typeof claimed === 'string' ? claimed.trim().toLowerCase() : '';
    if (!email || claims.email_verified === false) return { refused: 'no-email', email: email || null };
    const person = await this.access.personByEmail(email);
    if (!person) return { refused: 'unknown-person', email };
    if (!person.active) return { refused: 'deactivated', email };
    return { person, email };
  }

  /**
   * Starts a sign-in in the browser: the provider's address to send it to, and the sealed flow
   * state (PKCE verifier, state, nonce, where to return) for a cookie of that browser.
   */
  async startSignIn(returnTo: string): Promise<{ url: URL; flow: string }> {
    const client = this.requireClient();
    const provider = await this.discover();
    const flow: FlowState = {
      state: oidcClient.randomState(),
      nonce: oidcClient.randomNonce(),
      verifier: oidcClient.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = oidcClient.buildAuthorizationUrl(provider, {
      redirect_uri: client.redirectUrl,
      scope: SCOPE,
      code_challenge: await oidcClient.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url, flow: await this.seal(flow) };
  }

  /**
   * Finishes a sign-in: checks the provider's answer (the query of the callback) against the
   * browser's flow state, exchanges the code for tokens and finds the person. Throws
   * SignInFailedError with the reason; returns where the person wanted to go.
   */
  async finishSignIn(
    query: URLSearchParams,
    sealedFlow: string | undefined,
  ): Promise<{ person: Person; email: string; idToken?: string; returnTo: string }> {
    const client = this.requireClient();
    const flow = sealedFlow ? await this.open(sealedFlow) : null;
    if (!flow) throw new SignInFailedError('expired', 'no sign-in of this browser is waiting (expired or used)');
    if (query.get('state') !== flow.state) throw new SignInFailedError('expired', 'the state does not match');
    const providerError = query.get('error');
    if (providerError) throw new SignInFailedError('refused', `the provider answered ${providerError}`);

    const provider = await this.discover();
    const currentUrl = new URL(client.redirectUrl);
    currentUrl.search = query.toString();
    let tokens: Awaited<ReturnType<typeof oidcClient.authorizationCodeGrant>>;
    try {
      tokens = await oidcClient.authorizationCodeGrant(provider, currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new SignInFailedError(isUnavailable(error) ? 'provider-unavailable' : 'refused', explain(error));
    }
    const claims = tokens.claims();
    if (!claims) throw new SignInFailedError('refused', 'the provider gave no ID token');
    const match = await this.personFor(claims);
    if ('refused' in match) {
      throw new SignInFailedError(match.refused, 'the provider named no active person', match.email);
    }
    return { person: match.person, email: match.email, idToken: tokens.id_token, returnTo: flow.returnTo };
  }

  /**
   * Where to send the browser to sign out at the provider too (RP-initiated logout), or null
   * where its discovery document names no end_session_endpoint or it cannot be reached.
   */
  async endSessionUrl(idToken: string | undefined, postLogoutRedirectUri: string): Promise<URL | null> {
    let provider: oidcClient.Configuration;
    try {
      provider = await this.discover();
    } catch (error) {
      this.logger.warn({ reason: (error as Error).message }, 'Sign-out at the provider skipped');
      return null;
    }
    if (!provider.serverMetadata().end_session_endpoint) return null;
    return oidcClient.buildEndSessionUrl(provider, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      ...(idToken ? { id_token_hint: idToken } : {}),
    });
  }

  /** The provider's configuration from its discovery document, fetched once (again after a failure). */
  private discover(): Promise<oidcClient.Configuration> {
    const oidc = this.oidc;
    if (!oidc) return Promise.reject(new Error('Single sign-on is not configured'));
    this.provider ??= (async () => {
      const issuer = new URL(oidc.issuer);
      const client = oidc.client;
      // Bearer tokens alone need no client of their own: the audience stands in for its id.
      const clientAuthentication = client?.secret ? oidcClient.ClientSecretBasic(client.secret) : oidcClient.None();
      return oidcClient.discovery(issuer, client?.id ?? oidc.audience, undefined, clientAuthentication, {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // http is accepted only where the operator configured it (the browser's sign-in: on this machine only).
        execute: issuer.protocol === 'http:' ? [oidcClient.allowInsecureRequests] : [],
      });
    })().catch((error: unknown) => {
      this.provider = undefined; // try again with the next request
      throw new SignInFailedError('provider-unavailable', explain(error));
    });
    return this.provider;
  }

  private async jwks(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (!this.keys) {
      const jwksUri = (await this.discover()).serverMetadata().jwks_uri;
      if (!jwksUri) throw new Error("The issuer's discovery document names no jwks_uri");
      this.keys = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: PROVIDER_TIMEOUT_SECONDS * 1000 });
    }
    return this.keys;
  }

  private requireClient(): OidcClientConfig {
    const client = this.oidc?.client;
    if (!client) throw new Error('Single sign-on in the browser is not configured');
    return client;
  }

  /** The flow state, encrypted and authenticated (JWE, A256GCM) with a key that every instance shares. */
  private async seal(flow: FlowState): Promise<string> {
    return new EncryptJWT({ ...flow })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${FLOW_TTL_SECONDS}s`)
      .encrypt(await this.key());
  }

  private async open(sealed: string): Promise<FlowState | null> {
    try {
      const { payload } = await jwtDecrypt(sealed, await this.key());
      const { state, nonce, verifier, returnTo } = payload;
      if ([state, nonce, verifier, returnTo].some((value) => typeof value !== 'string')) return null;
      return { state, nonce, verifier, returnTo } as FlowState;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }

  private key(): Promise<Uint8Array> {
    this.flowKey ??= this.system
      .getOrCreate<string>(FLOW_KEY_SETTING, () => randomBytes(32).toString('base64url'))
      .then((value) => new Uint8Array(Buffer.from(value, 'base64url')))
      .catch((error: unknown) => {
        this.flowKey = undefined;
        throw error;
      });
    return this.flowKey;
  }
}
