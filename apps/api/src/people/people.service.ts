import { randomBytes } from 'node:crypto';
import { Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { EntityManager, ILike, In } from 'typeorm';
import { ApiTokenService } from '../access/api-token.service';
import { PasswordService } from '../access/password.service';
import { SecurityLogService } from '../access/security-log.service';
import { SessionService } from '../access/session.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { pgConstraint, pgErrorCode } from '../common/pg-errors';
import { Department } from './department.entity';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { Person } from './person.entity';
import { UnitOfWork } from '../database/unit-of-work';

/** Who changes an account, and from where: for the security log. */
export interface Actor {
  personId: string | null;
  ipAddress: string | null;
}

@Injectable()
export class PeopleService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  findById(id: string): Promise<Person | null> {
    return this.uow.manager.getRepository(Person).findOneBy({ id });
  }

  findByEmail(email: string): Promise<Person | null> {
    return this.uow.manager.getRepository(Person).findOneBy({ email });
  }

  activeByEmails(emails: readonly string[]): Promise<Person[]> {
    return this.uow.manager.getRepository(Person).findBy({ email: In([...emails]), active: true });
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.uow.manager.getRepository(Person).findBy({ id: In([...ids]) });
  }

  /** Active people whose name or email contains the text, by name. */
  search(text?: string | null): Promise<Person[]> {
    const term = text?.trim();
    const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    return this.uow.manager.getRepository(Person).find({
      where: pattern
        ? [
            { active: true, name: ILike(pattern) },
            { active: true, email: ILike(pattern) },
          ]
        : { active: true },
      order: { name: 'ASC' },
    });
  }

  /** Everyone, deactivated people included, for administration. */
  all(): Promise<Person[]> {
    return this.uow.manager.getRepository(Person).find({ order: { active: 'DESC', name: 'ASC' } });
  }

  async create(input: CreatePersonInput, actor: Actor): Promise<Person> {
    const run = async (tx: EntityManager) => {
      await this.checkDepartment(tx, input.departmentId, 'input.departmentId');
      const person = tx.create(Person, {
        name: input.name,
        email: input.email,
        role: input.role,
        departmentId: input.departmentId ?? null,
        active: true,
        passwordHash: input.password ? await this.passwords.hash(input.password) : null,
        version: 1,
      });
      await this.saveUnique(tx, person);
      await this.securityLog.record(
        {
          kind: 'person.created',
          actorId: actor.personId,
          subjectId: person.id,
          ipAddress: actor.ipAddress,
          details: { role: person.role },
        },
        tx,
      );
      return person;
    };
    return this.uow.transaction(run);
  }

  async update(input: UpdatePersonInput, actor: Actor): Promise<Person> {
    return this.uow.transaction(async (tx) => {
      if (input.role !== undefined && input.role !== Role.ADMIN)
        await this.keepAnAdministrator(
          tx,
          input.id,
          'input.role',
          'is the last active ADMIN, who cannot lose the role',
        );
      if (input.departmentId !== undefined) await this.checkDepartment(tx, input.departmentId, 'input.departmentId');
      if (input.email !== undefined) await this.checkEmailFree(tx, input.email, input.id);
      const { before, after } = await this.uow.update(Person, 'Person', input.id, input.expectedVersion, () => ({
        ...(input.name !== undefined && { name: input.name }),
        ...(input.email !== undefined && { email: input.email }),
        ...(input.role !== undefined && { role: input.role }),
        ...(input.departmentId !== undefined && { departmentId: input.departmentId }),
      }));
      // A new role takes effect at once: sessions carry no role, it is read with every request.
      if (before.role !== after.role) {
        await this.securityLog.record(
          {
            kind: 'role.changed',
            actorId: actor.personId,
            subjectId: after.id,
            ipAddress: actor.ipAddress,
            details: { from: before.role, to: after.role },
          },
          tx,
        );
      }
      return after;
    });
  }

  /**
   * Deactivates a person: they cannot sign in any more, their sessions end and their API tokens are
   * revoked at once (for good: reactivating them gives them no token back).
   */
  async setActive(id: string, expectedVersion: number, active: boolean, actor: Actor): Promise<Person> {
    return this.uow.transaction(async (tx) => {
      if (!active) await this.keepAnAdministrator(tx, id, 'id', 'is the last active ADMIN, who cannot be deactivated');
      const { before, after } = await this.uow.update(Person, 'Person', id, expectedVersion, () => ({ active }));
      if (before.active === active) return after;
      if (!active) {
        await this.sessions.endAllOf(id, tx);
        await this.apiTokens.revokeAllOf(id, actor.personId, actor.ipAddress, tx);
      }
      await this.securityLog.record(
        {
          kind: active ? 'person.reactivated' : 'person.deactivated',
          actorId: actor.personId,
          subjectId: id,
          ipAddress: actor.ipAddress,
        },
        tx,
      );
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
    return this.uow.transaction(async (tx) => {
      const person = await tx.findOneBy(Person, { id });
      if (!person) throw new NotFoundError('Person', id);
      await tx.update(Person, { id }, { passwordHash });
      await this.sessions.endAllOf(id, tx, keepSession);
      await this.securityLog.record({ kind, actorId: actor.personId, subjectId: id, ipAddress: actor.ipAddress }, tx);
      return tx.findOneByOrFail(Person, { id });
    });
  }

  /** The first administrator of an empty installation. Returns the password when it was generated. */
  async ensureFirstAdmin(
    email: string,
    password: string | undefined,
  ): Promise<{ created: boolean; generatedPassword?: string }> {
    return this.uow.transaction(async (tx) => {
      // One at a time, so that two instances starting together create one administrator.
      await tx.query('LOCK TABLE person IN SHARE ROW EXCLUSIVE MODE');
      if ((await tx.count(Person)) > 0) return { created: false };
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
  private async keepAnAdministrator(tx: EntityManager, personId: string, path: string, message: string): Promise<void> {
    const admins: { id: string }[] = await tx.query(
      `SELECT id FROM person WHERE role = $1 AND active ORDER BY id FOR UPDATE`,
      [Role.ADMIN],
    );
    if (admins.length === 1 && admins[0].id === personId) throw BadUserInputError.field(path, message);
  }

  private async checkDepartment(
    tx: EntityManager,
    departmentId: string | null | undefined,
    path: string,
  ): Promise<void> {
    if (!departmentId) return;
    if (!(await tx.existsBy(Department, { id: departmentId })))
      throw BadUserInputError.field(path, 'is not the id of a department');
  }

  private async checkEmailFree(tx: EntityManager, email: string, exceptId?: string): Promise<void> {
    const other = await tx.findOneBy(Person, { email });
    if (other && other.id !== exceptId)
      throw BadUserInputError.field('input.email', 'is already the email of another person');
  }

  private async saveUnique(tx: EntityManager, person: Person): Promise<void> {
    await this.checkEmailFree(tx, person.email);
    try {
      await tx.save(person);
    } catch (error) {
      if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'uq_person_email') {
        throw BadUserInputError.field('input.email', 'is already the email of another person');
      }
      throw error;
    }
  }
}
