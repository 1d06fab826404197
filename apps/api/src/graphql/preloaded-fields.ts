import { GraphQLSchema, isObjectType } from 'graphql';
import type { PreloadedFields } from './request-loaders';

/**
 * Lets the fields of the registered types answer from what the read that produced their object
 * brought along (PreloadedFields) before their resolvers run: a list page has hundreds of such
 * values, and each call through a resolver's framework costs more than the value (BENCHMARKS.md).
 * Only fields without arguments, whose value is the same whoever asks; where the object came
 * without the value, the resolver runs as before.
 */
export function answerPreloadedFields(schema: GraphQLSchema, registered: readonly PreloadedFields[]): GraphQLSchema {
  for (const { type: name, read } of registered) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`Preloaded fields are registered for ${name}, which is no object type`);
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || field.args.length > 0) continue;
      const fieldName = field.name;
      field.resolve = (source: object | null | undefined, args, context, info) => {
        const value = source ? read(source, fieldName) : undefined;
        return value !== undefined ? value : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
