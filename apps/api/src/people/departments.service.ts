import { Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { UnitOfWork } from '../database/unit-of-work';
import { Department } from './department.entity';
import { CreateDepartmentInput, UpdateDepartmentInput } from './dto/department.input';
import { PeopleRepository } from './people.repository';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly people: PeopleRepository,
  ) {}

  all(): Promise<Department[]> {
    return this.people.departments();
  }

  findByIds(ids: readonly string[]): Promise<Department[]> {
    return this.people.departmentsByIds(ids);
  }

  async create(input: CreateDepartmentInput): Promise<Department> {
    await this.checkCodeFree(input.code);
    return this.people.saveDepartment({ code: input.code, name: input.name });
  }

  async update(input: UpdateDepartmentInput): Promise<Department> {
    return this.uow.transaction(async () => {
      const department = await this.people.departmentById(input.id);
      if (!department) throw new NotFoundError('Department', input.id);
      if (input.code !== undefined) await this.checkCodeFree(input.code, input.id);
      return this.people.saveDepartment({
        ...department,
        ...(input.code !== undefined && { code: input.code }),
        ...(input.name !== undefined && { name: input.name }),
      });
    });
  }

  private async checkCodeFree(code: string, exceptId?: string): Promise<void> {
    const other = await this.people.departmentByCode(code);
    if (other && other.id !== exceptId)
      throw BadUserInputError.field('input.code', 'TAKEN', `is already the code of ${other.name}`);
  }
}
