import type { Response } from 'express';
import type { RequestWithCaller } from '../access/caller';
import type { RequestLoaders } from './request-loaders';

/** What every resolver gets in its context: the request (with its caller), the response, and this request's loaders. */
export interface GraphQLContext {
  req: RequestWithCaller;
  res: Response;
  loaders: RequestLoaders;
}
