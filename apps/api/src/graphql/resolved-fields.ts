import { DiscoveryService } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA } from '@nestjs/graphql';

/**
 * The fields that resolvers of their own answer (`@ResolveField` methods), as `Type.field`, read
 * from the resolver classes that Nest knows (its DiscoveryService) and the metadata that its
 * decorators give them: `@Resolver(() => Type)` names the type on the class, `@ResolveField` marks
 * the method and names its field.
 */
export function resolvedFields(discovery: DiscoveryService): Set<string> {
  const fields = new Set<string>();
  for (const { metatype } of discovery.getProviders()) {
    if (typeof metatype !== 'function') continue;
    const type: unknown = Reflect.getMetadata(RESOLVER_NAME_METADATA, metatype);
    if (typeof type !== 'string') continue;
    const prototype = (metatype as { prototype: object }).prototype;
    for (const method of Object.getOwnPropertyNames(prototype)) {
      const handler: unknown = (prototype as Record<string, unknown>)[method];
      if (typeof handler !== 'function' || !Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler)) continue;
      const name: unknown = Reflect.getMetadata(RESOLVER_NAME_METADATA, handler);
      fields.add(`${type}.${typeof name === 'string' ? name : method}`);
    }
  }
  return fields;
}
