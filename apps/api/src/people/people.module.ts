import { Module } from '@nestjs/common';
import { AccessCoreModule } from '../access/access-core.module';
import { DepartmentsResolver } from './departments.resolver';
import { DepartmentsService } from './departments.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PeopleLoaders } from './people.loaders';
import { PeopleRepository } from './people.repository';

@Module({
  imports: [AccessCoreModule],
  providers: [PeopleLoaders, PeopleRepository, PeopleService, DepartmentsService, PeopleResolver, DepartmentsResolver],
  exports: [PeopleService, DepartmentsService],
})
export class PeopleModule {}
