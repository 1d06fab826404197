import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { pgConstraint, pgErrorCode } from '../common/pg-errors';
import { Department } from './department.entity';
import { CreateDepartmentInput, UpdateDepartmentInput } from './dto/department.input';
import { UnitOfWork } from '../database/unit-of-work';

@Injectable()
export class DepartmentsService {
  constructor(private readonly uow: UnitOfWork) {}

  all(): Promise<Department[]> {
    return this.uow.manager.getRepository(Department).find({ order: { code: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<Department[]> {
    return this.uow.manager.getRepository(Department).findBy({ id: In([...ids]) });
  }

  async create(input: CreateDepartmentInput, manager: EntityManager = this.uow.manager): Promise<Department> {
    await this.checkCodeFree(manager, input.code);
    const department = manager.create(Department, { code: input.code, name: input.name });
    return this.saveUnique(manager, department);
  }

  async update(input: UpdateDepartmentInput): Promise<Department> {
    return this.uow.transaction(async (tx) => {
      const department = await tx.findOneBy(Department, { id: input.id });
      if (!department) throw new NotFoundError('Department', input.id);
      if (input.code !== undefined) await this.checkCodeFree(tx, input.code, input.id);
      Object.assign(department, {
        ...(input.code !== undefined && { code: input.code }),
        ...(input.name !== undefined && { name: input.name }),
      });
      return this.saveUnique(tx, department);
    });
  }

  private async checkCodeFree(manager: EntityManager, code: string, exceptId?: string): Promise<void> {
    const other = await manager.findOneBy(Department, { code });
    if (other && other.id !== exceptId)
      throw BadUserInputError.field('input.code', `is already the code of ${other.name}`);
  }

  private async saveUnique(manager: EntityManager, department: Department): Promise<Department> {
    try {
      return await manager.save(department);
    } catch (error) {
      if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'uq_department_code') {
        throw BadUserInputError.field('input.code', 'is already the code of another department');
      }
      throw error;
    }
  }
}
