import { Module } from '@nestjs/common';
import { AccessCoreModule } from '../access/access-core.module';
import { DepartmentsResolver } from './departments.resolver';
import { DepartmentsService } from './departments.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PeopleLoaders } from './people.loaders';
import { SecurityEventRoleResolver } from './security-event-role.resolver';

@Module({
  imports: [AccessCoreModule],
  providers: [
    PeopleLoaders,
    PeopleService,
    DepartmentsService,
    PeopleResolver,
    DepartmentsResolver,
    SecurityEventRoleResolver,
  ],
  exports: [PeopleService, DepartmentsService],
})
export class PeopleModule {}
