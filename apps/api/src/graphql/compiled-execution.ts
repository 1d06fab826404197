import { ApolloServerPlugin, BaseContext, HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLSchema, isObjectType } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';

/**
 * Answers queries with functions compiled from their documents (graphql-jit) instead of walking
 * the document for every field of every answer: a list page has thousands of fields, and
 * graphql-js's per-field work was a large part of the API's time for it (BENCHMARKS.md).
 *
 * Through Apollo Server's documented plugin hook `responseForOperation`: Apollo has parsed,
 * validated and resolved the operation and run the plugins before it (limits first). A query whose
 * compiled answer has no errors is answered with it; a mutation, and a query whose answer has
 * errors, Apollo executes itself, as it would without this plugin, so that every error is formatted,
 * counted and given its HTTP status in Apollo's one way. Queries only read, so executing one again
 * changes nothing (and its request's loaders already hold what the first run read).
 *
 * Apollo gives every request with the same text the same parsed document, so each document is
 * compiled once per operation name, and the compilation goes with the document.
 */
export function compiledExecutionPlugin<TContext extends BaseContext>(
  schema: () => GraphQLSchema,
): ApolloServerPlugin<TContext> {
  const compiled = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | null>>();
  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    let query = byName.get(operationName);
    if (query === undefined) {
      const result = compileQuery(schema(), document, operationName ?? undefined);
      // What cannot be compiled, Apollo executes.
      query = isCompiledQuery(result) ? result : null;
      byName.set(operationName, query);
    }
    return query;
  };
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, operation, operationName, contextValue, request }) {
          // Apollo asks here too when the request names an operation that its text lacks (its
          // types say otherwise): Apollo answers that itself.
          if (!(operation as typeof operation | undefined) || operation.operation !== 'query') return null;
          const query = compile(document, operationName);
          if (!query) return null;
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (result.errors?.length || result.data === undefined || result.data === null) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: result.data as Record<string, unknown> } },
          };
        },
      };
    },
  };
}

/**
 * Lets the compiled functions read plain fields inline. Nest gives every plain field (`@Field()` on
 * a class's property) a resolver that reads the property; without one, the compiled function reads
 * the property itself instead of calling a resolver per field and value (a list page has
 * thousands). `resolved` names the fields that have resolvers of their own (`@ResolveField`, and
 * the root types' fields): those keep them. Output fields here have no default values, the only
 * other thing Nest's resolver for a plain field does.
 */
export function readPropertiesInline(schema: GraphQLSchema, resolved: ReadonlySet<string>): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    const owners = [type.name, ...type.getInterfaces().map((face) => face.name)];
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.args.length > 0) continue;
      if (!owners.some((owner) => resolved.has(`${owner}.${field.name}`))) field.resolve = undefined;
    }
  }
  return schema;
}
