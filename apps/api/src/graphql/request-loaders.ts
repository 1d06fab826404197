import { Global, Injectable, Module } from '@nestjs/common';
import type { AsOf } from '../common/as-of';

/**
 * The DataLoaders of one request, made fresh for each so that nothing is cached across requests.
 * Each domain adds its loaders to this interface (`declare module '../graphql/request-loaders'`)
 * and registers the factory that makes them, in its own `<domain>.loaders.ts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the domains, by declaration merging.
export interface RequestLoaders {}

/**
 * Makes some of a request's loaders, reading as of `asOf` (null: now); it may use those the others
 * made (`loaders`), once all are made. A request has one set of loaders per instant it asks about.
 */
export type LoaderFactory = (loaders: RequestLoaders, asOf: AsOf) => Partial<RequestLoaders>;

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

/**
 * The values that a domain's reads bring along with the objects of a type (a read model's
 * look-ahead, such as the project list's relations): `read` gives the value of a field of the
 * object, or undefined where the object came without it and the field's resolver must run.
 */
export interface PreloadedFields {
  type: string;
  read(source: object, field: string): unknown;
}

/** The loaders, node types and preloaded fields of every domain, registered by the domains themselves. */
@Injectable()
export class LoaderRegistry {
  private readonly factories: LoaderFactory[] = [];
  private readonly nodeSources: NodeSource[] = [];
  private readonly preloaded: PreloadedFields[] = [];

  register(factory: LoaderFactory): void {
    this.factories.push(factory);
  }

  registerNode(source: NodeSource): void {
    this.nodeSources.push(source);
  }

  get nodes(): readonly NodeSource[] {
    return this.nodeSources;
  }

  /**
   * Registers what a domain's reads bring along with the objects of a type. The schema is built
   * before the domains' onModuleInit hooks run, so this is called from a constructor.
   */
  registerPreloaded(fields: PreloadedFields): void {
    this.preloaded.push(fields);
  }

  get preloadedFields(): readonly PreloadedFields[] {
    return this.preloaded;
  }

  /** A request's loaders that read as of `asOf` (null: now), from every domain's factory. */
  create(asOf: AsOf = null): RequestLoaders {
    const loaders = {} as RequestLoaders;
    for (const factory of this.factories) Object.assign(loaders, factory(loaders, asOf));
    return loaders;
  }

  /** A request's loaders for each instant that it asks about, made when first asked for. */
  forRequest(): (asOf: AsOf) => RequestLoaders {
    const now = this.create(null);
    const past = new Map<number, RequestLoaders>();
    return (asOf) => {
      if (!asOf) return now;
      let loaders = past.get(asOf.getTime());
      if (!loaders) past.set(asOf.getTime(), (loaders = this.create(asOf)));
      return loaders;
    };
  }
}

/** Gives every domain the registry to register its loaders with; the GraphQL context makes them per request. */
@Global()
@Module({ providers: [LoaderRegistry], exports: [LoaderRegistry] })
export class LoaderRegistryModule {}
