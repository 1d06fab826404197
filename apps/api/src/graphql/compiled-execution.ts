import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { DocumentNode, ExecutionResult, GraphQLError, GraphQLSchema, isObjectType, printSchema } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Executes operations as functions compiled from their documents (graphql-jit) instead of walking
 * the document for every field of every answer: a list page has thousands of fields, and
 * graphql-js's per-field work was a quarter of the API's time for it.
 *
 * Apollo Server takes an executor only from a gateway, so this is one, over the API's own schema:
 * Apollo still parses, validates, runs the plugins (limits first), formats errors and answers; only
 * the execution is ours. Apollo gives every request with the same text the same parsed document, so
 * each document is compiled once per operation name and the compilation goes with the document.
 */
export class CompiledExecution implements Gateway {
  private schema?: GraphQLSchema;
  private readonly compiled = new WeakMap<DocumentNode, Map<string | null, CompiledQuery>>();

  /** The schema to execute against (Nest's `transformSchema` hands it over); returns it. */
  serve(schema: GraphQLSchema): GraphQLSchema {
    this.schema = schema;
    return schema;
  }

  onSchemaLoadOrUpdate(callback: Parameters<Gateway['onSchemaLoadOrUpdate']>[0]): () => void {
    callback({ apiSchema: this.servedSchema(), coreSupergraphSdl: printSchema(this.servedSchema()) });
    return () => undefined;
  }

  async load(): Promise<{ executor: Executor }> {
    const executor: Executor = async ({ document, operation, operationName, context, request }) => {
      // Apollo found no operation to run: say why, in graphql-js's words.
      if (!operation) return { errors: [new GraphQLError(unresolved(request.operationName))] };
      const compiled = this.compile(document, operationName ?? null);
      return isCompiledQuery(compiled) ? compiled.query(undefined, context, request.variables ?? {}) : compiled;
    };
    return { executor };
  }

  async stop(): Promise<void> {}

  /** The compiled operation, or the errors that say why it could not be compiled. */
  private compile(document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    const known = byName.get(operationName);
    if (known) return known;
    const compiled = compileQuery(this.servedSchema(), document, operationName ?? undefined);
    if (isCompiledQuery(compiled)) byName.set(operationName, compiled);
    return compiled;
  }

  private servedSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('CompiledExecution: no schema was handed over (transformSchema)');
    return this.schema;
  }
}

/**
 * Nest gives every plain field (`@Field()` on a class's property) a resolver that reads the property.
 * Without one, the compiled function reads the property itself, inline, instead of calling a
 * resolver per field and value: a list page has thousands. Nest names that resolver; fields with
 * resolvers of their own (`@ResolveField`, arguments, middleware) keep theirs. Output fields here
 * have no default values, the only other thing Nest's resolver does.
 */
export function readPropertiesInline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === 'rootFieldResolver') field.resolve = undefined;
    }
  }
  return schema;
}

function unresolved(operationName: string | null | undefined): string {
  return operationName
    ? `Unknown operation named "${operationName}".`
    : 'Must provide operation name if query contains multiple operations.';
}
