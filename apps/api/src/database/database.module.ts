import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseAvailability } from './availability';
import { Database } from './database';
import { UnitOfWork } from './unit-of-work';

/** Provides the opened Database, its DataSource, the unit of work and the watch on its outages; opening happens before the app is built. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: Database, useValue: database },
        { provide: DataSource, useValue: database.dataSource },
        DatabaseAvailability,
        UnitOfWork,
      ],
      exports: [Database, DataSource, DatabaseAvailability, UnitOfWork],
    };
  }
}
