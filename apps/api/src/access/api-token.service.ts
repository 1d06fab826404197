import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { AccessRepository } from './access.repository';
import { ApiToken } from './api-token.entity';
import { SecurityLogService } from './security-log.service';
import { UnitOfWork } from '../database/unit-of-work';

/** API tokens start with this, so that they are told apart from session tokens (and found by secret scanners). */
export const API_TOKEN_PREFIX = 'lst_';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  token: string;
  apiToken: ApiToken;
}

@Injectable()
export class ApiTokenService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessRepository,
    private readonly securityLog: SecurityLogService,
  ) {}

  async create(
    input: { personId: string; name: string; expiresInDays?: number | null },
    actorId: string,
    ipAddress: string | null,
  ): Promise<CreatedToken> {
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.uow.transaction(async () => {
      const person = await this.access.personById(input.personId);
      if (!person)
        throw BadUserInputError.field('input.personId', 'UNKNOWN_REFERENCE', 'is not the id of a person', {
          what: 'Person',
        });
      if (!person.active) throw BadUserInputError.field('input.personId', 'DEACTIVATED', 'is a deactivated person');
      const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400 * 1000) : null;
      const apiToken = await this.access.insertToken({
        name: input.name,
        personId: person.id,
        tokenHash: hashToken(token),
        createdById: actorId,
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      });
      await this.securityLog.record({
        kind: 'token.created',
        actorId,
        subjectId: person.id,
        ipAddress,
        details: { tokenId: apiToken.id, name: apiToken.name },
      });
      return { token, apiToken };
    });
  }

  async revoke(id: string, actorId: string, ipAddress: string | null): Promise<ApiToken> {
    return this.uow.transaction(async () => {
      const apiToken = await this.access.tokenById(id);
      if (!apiToken) throw new NotFoundError('ApiToken', id);
      if (apiToken.revokedAt) return apiToken;
      const revoked = await this.access.revokeToken(id);
      await this.securityLog.record({
        kind: 'token.revoked',
        actorId,
        subjectId: apiToken.personId,
        ipAddress,
        details: { tokenId: id, name: apiToken.name },
      });
      return revoked;
    });
  }

  /**
   * Revokes every live token of a person inside the caller's transaction (deactivation), each with
   * its entry in the security log: revoked for good, so that reactivating the person does not bring
   * the tokens back.
   */
  async revokeAllOf(personId: string, actorId: string | null, ipAddress: string | null): Promise<void> {
    for (const token of await this.access.revokeTokensOf(personId))
      await this.securityLog.record({
        kind: 'token.revoked',
        actorId,
        subjectId: personId,
        ipAddress,
        details: { tokenId: token.id, name: token.name, reason: 'person.deactivated' },
      });
  }

  findById(id: string): Promise<ApiToken | null> {
    return this.access.tokenById(id);
  }

  list(personId?: string | null): Promise<ApiToken[]> {
    return this.access.tokens(personId);
  }

  /**
   * The token's person and role when the token is valid (not revoked or expired, person active);
   * notes its use at most once a minute, in the same statement.
   */
  async resolve(token: string): Promise<{ personId: string; role: Role } | null> {
    return this.access.liveToken(hashToken(token));
  }
}
