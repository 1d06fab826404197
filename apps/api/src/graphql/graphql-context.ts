import type { Request, Response } from 'express';
import { AsOf, asOfOf } from '../common/as-of';
import type { RequestLoaders } from './request-loaders';

/**
 * What every resolver gets in its context: the request (with its caller), the response, this
 * request's loaders (reading now), and its loaders for any past instant it asks about.
 */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
  loadersAsOf(asOf: AsOf): RequestLoaders;
}

/** The loaders that answer what is asked about a record: those of the instant it was read as of. */
export function loadersFor(context: GraphQLContext, record: object): RequestLoaders {
  const asOf = asOfOf(record);
  return asOf ? context.loadersAsOf(asOf) : context.loaders;
}
