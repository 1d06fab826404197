import { Role } from '@leitstand/shared-domain';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../access/access.decorators';
import { Department } from './department.entity';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentInput, UpdateDepartmentInput } from './dto/department.input';

@Resolver(() => Department)
export class DepartmentsResolver {
  constructor(private readonly departmentsService: DepartmentsService) {}

  @SignedIn()
  @Query(() => [Department], { description: 'Every department, by code.' })
  departments(): Promise<Department[]> {
    return this.departmentsService.all();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Department, { description: 'ADMIN.' })
  createDepartment(@Args('input') input: CreateDepartmentInput): Promise<Department> {
    return this.departmentsService.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Department, { description: 'ADMIN.' })
  updateDepartment(@Args('input') input: UpdateDepartmentInput): Promise<Department> {
    return this.departmentsService.update(input);
  }
}
