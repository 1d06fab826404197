import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../access/access.decorators';
import { Database } from '../database/database';
import { SystemService } from './system.service';

@ObjectType({ description: 'This installation of Leitstand.' })
export class SystemInfo {
  @Field({ description: "The product's name." })
  name!: string;

  @Field({ description: "'embedded' for the built-in PostgreSQL, 'server' for a PostgreSQL server." })
  databaseKind!: string;

  @Field({ description: 'When this installation first started, as an ISO-8601 instant.' })
  installedAt!: string;
}

@Resolver(() => SystemInfo)
export class SystemResolver {
  constructor(
    private readonly systemService: SystemService,
    private readonly database: Database,
  ) {}

  @SignedIn()
  @Query(() => SystemInfo, { description: 'Facts about this installation.' })
  system(): SystemInfo {
    const installation = this.systemService.getInstallation();
    return {
      name: 'Leitstand',
      databaseKind: this.database.kind,
      installedAt: installation.createdAt,
    };
  }
}
