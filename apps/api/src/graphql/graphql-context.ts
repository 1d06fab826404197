import type { Request, Response } from 'express';
import type { RequestLoaders } from './request-loaders';

/** What every resolver gets in its context: the request (with its caller), the response, and this request's loaders. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  loaders: RequestLoaders;
}
