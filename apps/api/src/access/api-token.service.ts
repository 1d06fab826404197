import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { Person } from '../people/person.entity';
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
    private readonly dataSource: DataSource,
    private readonly securityLog: SecurityLogService,
  ) {}

  async create(
    input: { personId: string; name: string; expiresInDays?: number | null },
    actorId: string,
    ipAddress: string | null,
  ): Promise<CreatedToken> {
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.uow.transaction(async (manager) => {
      const person = await manager.findOneBy(Person, { id: input.personId });
      if (!person) throw BadUserInputError.field('input.personId', 'is not the id of a person');
      if (!person.active) throw BadUserInputError.field('input.personId', 'is a deactivated person');
      const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86400 * 1000) : null;
      const apiToken = manager.create(ApiToken, {
        name: input.name,
        personId: person.id,
        tokenHash: hashToken(token),
        createdById: actorId,
        expiresAt,
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager.save(apiToken);
      await this.securityLog.record(
        {
          kind: 'token.created',
          actorId,
          subjectId: person.id,
          ipAddress,
          details: { tokenId: apiToken.id, name: apiToken.name },
        },
        manager,
      );
      return { token, apiToken };
    });
  }

  async revoke(id: string, actorId: string, ipAddress: string | null): Promise<ApiToken> {
    return this.uow.transaction(async (manager) => {
      const apiToken = await manager.findOneBy(ApiToken, { id });
      if (!apiToken) throw new NotFoundError('ApiToken', id);
      if (apiToken.revokedAt) return apiToken;
      await manager.update(ApiToken, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
      await this.securityLog.record(
        {
          kind: 'token.revoked',
          actorId,
          subjectId: apiToken.personId,
          ipAddress,
          details: { tokenId: id, name: apiToken.name },
        },
        manager,
      );
      return manager.findOneByOrFail(ApiToken, { id });
    });
  }

  /**
   * Revokes every live token of a person inside the caller's transaction (deactivation), each with
   * its entry in the security log: revoked for good, so that reactivating the person does not bring
   * the tokens back.
   */
  async revokeAllOf(
    personId: string,
    actorId: string | null,
    ipAddress: string | null,
    manager: EntityManager,
  ): Promise<void> {
    const { raw } = await manager
      .createQueryBuilder()
      .update(ApiToken)
      .set({ revokedAt: () => 'now()' })
      .where('person_id = :personId AND revoked_at IS NULL', { personId })
      .returning(['id', 'name'])
      .execute();
    const revoked = raw as { id: string; name: string }[];
    for (const token of revoked)
      await this.securityLog.record(
        {
          kind: 'token.revoked',
          actorId,
          subjectId: personId,
          ipAddress,
          details: { tokenId: token.id, name: token.name, reason: 'person.deactivated' },
        },
        manager,
      );
  }

  findById(id: string): Promise<ApiToken | null> {
    return this.uow.manager.getRepository(ApiToken).findOneBy({ id });
  }

  list(personId?: string | null): Promise<ApiToken[]> {
    return this.dataSource.getRepository(ApiToken).find({
      where: personId ? { personId } : {},
      order: { createdAt: 'DESC' },
    });
  }

  /**
   * The token's person and role when the token is valid (not revoked or expired, person active);
   * notes its use at most once a minute, in the same statement.
   */
  async resolve(token: string): Promise<{ personId: string; role: Role } | null> {
    const rows: { person_id: string; role: Role }[] = await this.dataSource.query(
      `WITH valid AS (
         SELECT t.id, p.id AS person_id, p.role FROM api_token t JOIN person p ON p.id = t.person_id
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND p.active
       ), used AS (
         UPDATE api_token SET last_used_at = now()
          WHERE id IN (SELECT id FROM valid) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
       )
       SELECT person_id, role FROM valid`,
      [hashToken(token)],
    );
    return rows.length === 1 ? { personId: rows[0].person_id, role: rows[0].role } : null;
  }
}
