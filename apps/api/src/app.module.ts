import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { Database } from './database/database';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { SystemModule } from './system/system.module';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  database: Database;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, database }: AppModuleOptions): DynamicModule {
    const development = config.mode !== 'production';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(database),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: development,
          graphiql: development,
          includeStacktraceInErrorResponses: development,
        }),
        HealthModule,
        SystemModule,
      ],
    };
  }
}
