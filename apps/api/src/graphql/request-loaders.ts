import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The DataLoaders of one request, made fresh for each so that nothing is cached across requests.
 * Each domain adds its loaders to this interface (`declare module '../graphql/request-loaders'`)
 * and registers the factory that makes them, in its own `<domain>.loaders.ts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains, by declaration merging.
export interface RequestLoaders {}

/** Makes some of a request's loaders; it may use those the others made (`loaders`), once all are made. */
export type LoaderFactory = (loaders: RequestLoaders) => Partial<RequestLoaders>;

/** Where a node type (`node(id:)`) lives and how one is loaded within a request. */
export interface NodeSource {
  /** The GraphQL type. */
  type: string;
  /** The table whose ids are of this type. */
  table: string;
  load(id: string, loaders: RequestLoaders): Promise<object | null>;
  /** Only administrators may read it (tokens, the security log). */
  adminOnly?: boolean;
}

/** The loaders and node types of every domain, registered by the domains themselves. */
@Injectable()
export class LoaderRegistry {
  private readonly factories: LoaderFactory[] = [];
  private readonly nodeSources: NodeSource[] = [];

  register(factory: LoaderFactory): void {
    this.factories.push(factory);
  }

  registerNode(source: NodeSource): void {
    this.nodeSources.push(source);
  }

  get nodes(): readonly NodeSource[] {
    return this.nodeSources;
  }

  /** This request's loaders, from every domain's factory. */
  create(): RequestLoaders {
    const loaders = {} as RequestLoaders;
    for (const factory of this.factories) Object.assign(loaders, factory(loaders));
    return loaders;
  }
}

/** Gives every domain the registry to register its loaders with; the GraphQL context makes them per request. */
@Global()
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
export class LoaderRegistryModule {}
