import { Language, Role } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { ILike, In } from 'typeorm';
import { BadUserInputError } from '../common/errors';
import { pgConstraint, pgErrorCode } from '../common/pg-errors';
import { sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Department } from './department.entity';
import { Person } from './person.entity';

/** People and departments. */
@Injectable()
export class PeopleRepository {
  constructor(private readonly uow: UnitOfWork) {}

  findById(id: string): Promise<Person | null> {
    return this.uow.manager.findOneBy(Person, { id });
  }

  findByEmail(email: string): Promise<Person | null> {
    return this.uow.manager.findOneBy(Person, { email });
  }

  activeByEmails(emails: readonly string[]): Promise<Person[]> {
    return this.uow.manager.findBy(Person, { email: In([...emails]), active: true });
  }

  findByIds(ids: readonly string[]): Promise<Person[]> {
    return this.uow.manager.findBy(Person, { id: In([...ids]) });
  }

  /** Active people whose name or email contains the text (LIKE's wildcards taken literally), by name. */
  search(text: string | undefined): Promise<Person[]> {
    const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
    return this.uow.manager.find(Person, {
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
    return this.uow.manager.find(Person, { order: { active: 'DESC', name: 'ASC' } });
  }

  /** Saves a new person; an email already taken is bad input at `input.email`. */
  async insert(
    values: Pick<Person, 'name' | 'email' | 'role' | 'departmentId' | 'active' | 'passwordHash' | 'version'>,
  ): Promise<Person> {
    try {
      return await this.uow.manager.save(this.uow.manager.create(Person, values));
    } catch (error) {
      if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'uq_person_email') {
        throw BadUserInputError.field('input.email', 'TAKEN', 'is already the email of another person');
      }
      throw error;
    }
  }

  /** The language that Leitstand writes to the person in: their own choice, so no version is checked. */
  async setLanguage(id: string, language: Language): Promise<Person> {
    await this.uow.manager.update(Person, { id }, { language });
    return this.uow.manager.findOneByOrFail(Person, { id });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.uow.manager.update(Person, { id }, { passwordHash });
  }

  /** Whether anybody is here yet; waits for and holds off others who ask the same in their transaction. */
  async anyoneLocked(): Promise<boolean> {
    // One at a time, so that two instances starting together create one administrator.
    await this.uow.query(sql`LOCK TABLE person IN SHARE ROW EXCLUSIVE MODE`);
    return (await this.uow.manager.count(Person)) > 0;
  }

  /** The active administrators' ids, their rows locked for the rest of the transaction (in one order). */
  async lockActiveAdministrators(): Promise<string[]> {
    const rows = await this.uow.query<{ id: string }>(
      sql`SELECT id FROM person WHERE role = ${Role.ADMIN} AND active ORDER BY id FOR UPDATE`,
    );
    return rows.map((row) => row.id);
  }

  departments(): Promise<Department[]> {
    return this.uow.manager.find(Department, { order: { code: 'ASC' } });
  }

  departmentsByIds(ids: readonly string[]): Promise<Department[]> {
    return this.uow.manager.findBy(Department, { id: In([...ids]) });
  }

  departmentById(id: string): Promise<Department | null> {
    return this.uow.manager.findOneBy(Department, { id });
  }

  departmentByCode(code: string): Promise<Department | null> {
    return this.uow.manager.findOneBy(Department, { code });
  }

  /** Saves a department, new or changed; a code already taken is bad input at `input.code`. */
  async saveDepartment(department: Pick<Department, 'code' | 'name'> & Partial<Department>): Promise<Department> {
    try {
      return await this.uow.manager.save(this.uow.manager.create(Department, department));
    } catch (error) {
      if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'uq_department_code') {
        throw BadUserInputError.field('input.code', 'TAKEN', 'is already the code of another department');
      }
      throw error;
    }
  }
}
