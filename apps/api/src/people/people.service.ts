import { randomBytes } from 'node:crypto';
import { Language, Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { ApiTokenService } from '../access/api-token.service';
import { PasswordService } from '../access/password.service';
import { SecurityLogService } from '../access/security-log.service';
import { SessionService } from '../access/session.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { UnitOfWork } from '../database/unit-of-work';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { Person } from './person.entity';
import { PeopleRepository } from './people.repository';

/** Who changes an account, and from where: for the security log. */
export interface Actor {
  personId: string | null;
  ipAddress: string | null;
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly people: PeopleRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  findById(id: string): Promise<Person | null> {
    return this.people.findById(id);
  }

  findByEmail(email: string): Promise<Person | null> {
    return this.people.findByEmail(email);
  }

  activeByEmails(emails: readonly string[]): Promise<Person[]> {
    return this.people.activeByEmails(emails);
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.people.findByIds(ids);
  }

  /** Active people whose name or email contains the text, by name. */
  search(text?: string | null): Promise<Person[]> {
    return this.people.search(text?.trim() || undefined);
  }

  /** Everyone, deactivated people included, for administration. */
  all(): Promise<Person[]> {
    return this.people.all();
  }

  async create(input: CreatePersonInput, actor: Actor): Promise<Person> {
    const run = async () => {
      await this.checkDepartment(input.departmentId, 'input.departmentId');
      await this.checkEmailFree(input.email);
      const person = await this.people.insert({
        name: input.name,
        email: input.email,
        role: input.role,
        departmentId: input.departmentId ?? null,
        active: true,
        passwordHash: input.password ? await this.passwords.hash(input.password) : null,
        version: 1,
      });
      await this.securityLog.record({
        kind: 'person.created',
        actorId: actor.personId,
        subjectId: person.id,
        ipAddress: actor.ipAddress,
        details: { role: person.role },
      });
      return person;
    };
    return this.uow.transaction(run);
  }

  setLanguage(personId: string, language: Language): Promise<Person> {
    return this.uow.transaction(() => this.people.setLanguage(personId, language));
  }

  async update(input: UpdatePersonInput, actor: Actor): Promise<Person> {
    return this.uow.transaction(async () => {
      if (input.role !== undefined && input.role !== Role.ADMIN)
        await this.keepAnAdministrator(input.id, 'input.role', 'is the last active ADMIN, who cannot lose the role');
      if (input.departmentId !== undefined) await this.checkDepartment(input.departmentId, 'input.departmentId');
      if (input.email !== undefined) await this.checkEmailFree(input.email, input.id);
      const { before, after } = await this.uow.update(Person, 'Person', input.id, input.expectedVersion, () => ({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.email !== undefined && { email: input.email }),
        ...(input.role !== undefined && { role: input.role }),
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
      }));
      // A new role takes effect at once: sessions carry no role, it is read with every request.
      if (before.role !== after.role) {
        await this.securityLog.record({
          kind: 'role.changed',
          actorId: actor.personId,
          subjectId: after.id,
          ipAddress: actor.ipAddress,
          details: { from: before.role, to: after.role },
        });
      }
      return after;
    });
  }

  /**
   * Deactivates a person: they cannot sign in any more, their sessions end and their API tokens are
   * revoked at once (for good: reactivating them gives them no token back).
   */
  async setActive(id: string, expectedVersion: number, active: boolean, actor: Actor): Promise<Person> {
    return this.uow.transaction(async () => {
      if (!active) await this.keepAnAdministrator(id, 'id', 'is the last active ADMIN, who cannot be deactivated');
      const { before, after } = await this.uow.update(Person, 'Person', id, expectedVersion, () => ({ active }));
      if (before.active === active) return after;
      if (!active) {
        await this.sessions.endAllOf(id);
        await this.apiTokens.revokeAllOf(id, actor.personId, actor.ipAddress);
      }
      await this.securityLog.record({
        kind: active ? 'person.reactivated' : 'person.deactivated',
        actorId: actor.personId,
        subjectId: id,
        ipAddress: actor.ipAddress,
      });
      return after;
    });
  }

  /** Sets a new password (an administrator's reset, or the person's own change) and ends the person's other sessions. */
  async setPassword(
    id: string,
    password: string,
    actor: Actor,
    kind: 'password.reset' | 'password.changed',
    keepSession?: string,
  ): Promise<Person> {
    const passwordHash = await this.passwords.hash(password);
    return this.uow.transaction(async () => {
      const person = await this.people.findById(id);
      if (!person) throw new NotFoundError('Person', id);
      await this.people.setPasswordHash(id, passwordHash);
      await this.sessions.endAllOf(id, keepSession);
      await this.securityLog.record({ kind, actorId: actor.personId, subjectId: id, ipAddress: actor.ipAddress });
      return (await this.people.findById(id)) ?? person;
    });
  }

  /** The first administrator of an empty installation. Returns the password when it was generated. */
  async ensureFirstAdmin(
    email: string,
    password: string | undefined,
  ): Promise<{ created: boolean; generatedPassword?: string }> {
    return this.uow.transaction(async () => {
      // One at a time, so that two instances starting together create one administrator.
      if (await this.people.anyoneLocked()) return { created: false };
      const generatedPassword = password ? undefined : randomBytes(12).toString('base64url');
      await this.create(
        { name: 'Administrator', email, role: Role.ADMIN, password: password ?? generatedPassword },
        { personId: null, ipAddress: null },
      );
      return { created: true, generatedPassword };
    });
  }

  /**
   * Refuses a change that would take the last active ADMIN away. The active administrators' rows
   * are locked first (in one order, before the person's own row), so that two administrators who
   * demote or deactivate each other at once are decided one after the other: the second sees the
   * first's change and is refused.
   */
  private async keepAnAdministrator(personId: string, path: string, message: string): Promise<void> {
    const admins = await this.people.lockActiveAdministrators();
    if (admins.length === 1 && admins[0] === personId) throw BadUserInputError.field(path, 'LAST_ADMIN', message);
  }

  private async checkDepartment(departmentId: string | null | undefined, path: string): Promise<void> {
    if (!departmentId) return;
    if (!(await this.people.departmentById(departmentId)))
      throw BadUserInputError.field(path, 'UNKNOWN_REFERENCE', 'is not the id of a department', { what: 'Department' });
  }

  private async checkEmailFree(email: string, exceptId?: string): Promise<void> {
    const other = await this.people.findByEmail(email);
    if (other && other.id !== exceptId)
      throw BadUserInputError.field('input.email', 'TAKEN', 'is already the email of another person');
  }
}
