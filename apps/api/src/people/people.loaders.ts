import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { Department } from './department.entity';
import { DepartmentsService } from './departments.service';
import { PeopleService } from './people.service';
import { Person } from './person.entity';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    person: DataLoader<string, Person | null>;
    department: DataLoader<string, Department | null>;
  }
}

/** People and departments, by id, for every request; and as nodes. */
@Injectable()
export class PeopleLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly people: PeopleService,
    private readonly departments: DepartmentsService,
  ) {}

  onModuleInit(): void {
    this.registry.register(() => ({
      person: loaderById((ids) => this.people.findByIds(ids)),
      department: loaderById((ids) => this.departments.findByIds(ids)),
    }));
    this.registry.registerNode({ type: 'Person', table: 'person', load: (id, loaders) => loaders.person.load(id) });
    this.registry.registerNode({
      type: 'Department',
      table: 'department',
      load: (id, loaders) => loaders.department.load(id),
    });
  }
}
