import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Department } from '../people/department.entity';
import { DepartmentsService } from '../people/departments.service';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';
import { loaderById } from './loaders';

/** The DataLoaders of one request: made fresh for each, so nothing is cached across requests. */
export interface RequestLoaders {
  department: DataLoader<string, Department | null>;
  person: DataLoader<string, Person | null>;
}

/** Makes each request's loaders, one small factory per relation. */
@Injectable()
export class RequestLoadersFactory {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly people: PeopleService,
  ) {}

  create(): RequestLoaders {
    return {
      department: loaderById((ids) => this.departments.findByIds(ids)),
      person: loaderById((ids) => this.people.findByIds(ids)),
    };
  }
}
