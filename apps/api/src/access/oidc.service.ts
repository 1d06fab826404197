import { Role } from '@leitstand/shared-domain';
import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify } from 'jose';
import type { Logger } from 'pino';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import { AccessRepository } from './access.repository';

/** From the most to the least privileged: where a claim names several roles, the first one found wins. */
const ROLES_BY_PRIVILEGE: Role[] = [Role.ADMIN, Role.PORTFOLIO_MANAGER, Role.PROJECT_LEAD, Role.VIEWER];

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

/**
 * Single sign-on: bearer JWTs from the configured OpenID Connect issuer, verified against the
 * keys it publishes (JWKS, found through its discovery document), matched to a person by email.
 */
@Injectable()
export class OidcService {
  private readonly oidc: OidcConfig | undefined;
  private keys: Promise<ReturnType<typeof createRemoteJWKSet>> | undefined;

  constructor(
    private readonly access: AccessRepository,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.oidc = config.auth.oidc;
  }

  /** Whether tokens of this issuer are ours to check. */
  accepts(issuer: string | undefined): boolean {
    return this.oidc !== undefined && issuer === this.oidc.issuer;
  }

  async resolve(token: string): Promise<{ personId: string; role: Role } | null> {
    const oidc = this.oidc;
    if (!oidc) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.jwks(oidc), { issuer: oidc.issuer, audience: oidc.audience }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) {
        this.logger.info({ reason: error.code }, 'Single sign-on token refused');
        return null;
      }
      throw error;
    }
    const email = claimAt(payload, oidc.emailClaim);
    if (typeof email !== 'string' || !email) return null;
    const person = await this.access.activePersonByEmail(email.trim().toLowerCase());
    if (!person) {
      this.logger.info('Single sign-on token for an email without an active person refused');
      return null;
    }
    const claimed = oidc.roleClaim ? roleFromClaim(claimAt(payload, oidc.roleClaim)) : undefined;
    return { personId: person.id, role: claimed ?? person.role };
  }

  private jwks(oidc: OidcConfig): Promise<ReturnType<typeof createRemoteJWKSet>> {
    this.keys ??= (async () => {
      const discovery = new URL(`${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
      const response = await fetch(discovery);
      if (!response.ok) throw new Error(`The issuer's discovery document answered ${response.status}`);
      const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
      if (!jwksUri) throw new Error("The issuer's discovery document names no jwks_uri");
      return createRemoteJWKSet(new URL(jwksUri));
    })().catch((error: unknown) => {
      this.keys = undefined; // try again with the next token
      throw error;
    });
    return this.keys;
  }
}
