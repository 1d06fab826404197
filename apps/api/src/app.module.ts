import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { AccessModule } from './access/access.module';
import { oneLoginPerRequestPlugin } from './access/one-login-per-request.plugin';
import { RequestWithCaller } from './access/caller';
import { hasCredentials } from './access/cookies';
import { InputValidationPipe } from './common/input-validation.pipe';
import { RefersToConstraint } from './database/refers-to.validator';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseAvailability } from './database/availability';
import { databaseAvailabilityPlugin } from './database/availability.plugin';
import { Database } from './database/database';
import { DatabaseModule } from './database/database.module';
import './graphql/enums';
import { GraphQLContext } from './graphql/graphql-context';
import { createFormatError, GraphqlErrorFilter } from './graphql/graphql-error.filter';
import { PARSE_OPTIONS, queryLimitsPlugin } from './graphql/query-limits';
import { LoaderRegistry, LoaderRegistryModule } from './graphql/request-loaders';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { graphqlMetricsPlugin } from './metrics/graphql-metrics.plugin';
import { Metrics } from './metrics/metrics';
import { AuditModule } from './audit/audit.module';
import { DemoModule } from './demo/demo.module';
import { ExportModule } from './export/export.module';
import { ImportModule } from './import/import.module';
import { KpiModule } from './kpi/kpi.module';
import { MilestoneModule } from './milestone/milestone.module';
import { NodeModule } from './node/node.module';
import { PeopleModule } from './people/people.module';
import { ProjectModule } from './project/project.module';
import { compiledExecutionPlugin, readPropertiesInline } from './graphql/compiled-execution';
import { resolvedFields } from './graphql/resolved-fields';
import { answerPreloadedFields } from './graphql/preloaded-fields';
import { RiskModule } from './risk/risk.module';
import { StatusModule } from './status/status.module';
import { StrategyModule } from './strategy/strategy.module';
import { SystemModule } from './system/system.module';
import { WebhookModule } from './webhook/webhook.module';
import { ReminderModule } from './reminder/reminder.module';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  database: Database;
  metrics: Metrics;
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, database, metrics }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(database),
        LoaderRegistryModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [DiscoveryModule],
          inject: [LoaderRegistry, DatabaseAvailability, DiscoveryService],
          useFactory: (loaders: LoaderRegistry, availability: DatabaseAvailability, discovery: DiscoveryService) => {
            let executable: GraphQLSchema | undefined;
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              buildSchemaOptions: { dateScalarMode: 'isoDate' },
              // The schema that the compiled queries run on; Apollo serves the same.
              transformSchema: (schema: GraphQLSchema) =>
                (executable = answerPreloadedFields(
                  readPropertiesInline(schema, resolvedFields(discovery)),
                  loaders.preloadedFields,
                )),
              introspection: config.graphql.introspection,
              graphiql: config.graphql.ide,
              includeStacktraceInErrorResponses: config.mode === 'development',
              formatError: createFormatError(logger, config.mode === 'development'),
              allowBatchedHttpRequests: true,
              parseOptions: PARSE_OPTIONS,
              // No automatic persisted queries: every request sends its text, and a hash alone is refused (400).
              persistedQueries: false,
              // No "Did you mean …?" where the schema is not public: it would tell field names to anyone.
              hideSchemaDetailsFromClientErrors: !config.graphql.introspection,
              // Keep the HTTP status that an error or a plugin sets (Nest would make it 200 again): an
              // operation that found the database unavailable answers 503 with Retry-After.
              preserveHttpStatusForExecutionErrors: false,
              // Apollo's CommonJS and ES module typings differ only in name; the plugin is the same object.
              // Cache control is off: every answer depends on who asks, so no cache may keep one, and its
              // hook on every resolved field cost several per cent of a list page's time.
              plugins: [
                queryLimitsPlugin<GraphQLContext>((context) => !hasCredentials(context.req)) as NonNullable<
                  ApolloDriverConfig['plugins']
                >[number],
                oneLoginPerRequestPlugin() as NonNullable<ApolloDriverConfig['plugins']>[number],
                ApolloServerPluginCacheControlDisabled() as NonNullable<ApolloDriverConfig['plugins']>[number],
                databaseAvailabilityPlugin(availability) as NonNullable<ApolloDriverConfig['plugins']>[number],
                compiledExecutionPlugin<GraphQLContext>(() => executable!) as NonNullable<
                  ApolloDriverConfig['plugins']
                >[number],
                // Last: it counts the outcome as the plugins before it leave it.
                graphqlMetricsPlugin(metrics) as NonNullable<ApolloDriverConfig['plugins']>[number],
              ],
              context: ({ req, res }: { req: RequestWithCaller; res: Response }): GraphQLContext => {
                const loadersAsOf = loaders.forRequest();
                return { req, res, loaders: loadersAsOf(null), loadersAsOf };
              },
            };
          },
        }),
        HealthModule,
        SystemModule,
        PeopleModule,
        AccessModule,
        AuditModule,
        StrategyModule,
        ProjectModule,
        MilestoneModule,
        StatusModule,
        KpiModule,
        RiskModule,
        NodeModule,
        ExportModule,
        WebhookModule,
        ReminderModule,
        ImportModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        RefersToConstraint,
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
      ],
    };
  }
}
