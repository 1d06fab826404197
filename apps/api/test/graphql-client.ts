import TestAgent from 'supertest/lib/agent';

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface GraphQLRequest {
  /** A bearer token for the Authorization header. */
  token?: string;
  /** Cookies to send, e.g. ['leitstand_session=…', 'leitstand_csrf=…']. */
  cookies?: string[];
  headers?: Record<string, string>;
  /** The operation to run, for a text with several. */
  operationName?: string;
}

/** Sends one GraphQL operation over HTTP as a client would and returns the parsed body. */
export async function sendGraphQL<T>(
  http: TestAgent,
  query: string,
  variables: Record<string, unknown> | undefined,
  request: GraphQLRequest = {},
): Promise<GraphQLBody<T>> {
  let call = http.post('/graphql').set('Content-Type', 'application/json');
  if (request.token) call = call.set('Authorization', `Bearer ${request.token}`);
  if (request.cookies) call = call.set('Cookie', request.cookies.join('; '));
  for (const [name, value] of Object.entries(request.headers ?? {})) call = call.set(name, value);
  const response = await call.send({ query, variables, operationName: request.operationName });
  return response.body as GraphQLBody<T>;
}

/** The error code of the first error, for short assertions. */
export function errorCode(body: GraphQLBody<unknown>): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}
