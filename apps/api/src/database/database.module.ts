import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DatabaseAvailability } from './availability';
import { Database } from './database';

/** Provides the opened Database, its DataSource and the watch on its outages; opening happens before the app is built. */
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
      ],
      exports: [Database, DataSource, DatabaseAvailability],
    };
  }
}
