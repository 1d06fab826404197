import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, SelectionSetNode } from 'graphql';
import { LeitstandError } from '../common/errors';
import type { GraphQLContext } from '../graphql/graphql-context';

const LOGIN = 'login';

/** More than one sign-in in one request: refused as a whole, before any password is checked. */
export class TooManySignInsError extends LeitstandError {
  constructor(count: number, where: 'operation' | 'batch') {
    super(
      'BAD_USER_INPUT',
      `A${where === 'batch' ? ' batched request' : 'n operation'} may sign in at most once; this one signs in ${count} times.`,
      {
        fields: [{ path: LOGIN, code: 'ONCE_ONLY', message: `may appear at most once per ${where}` }],
        http: { status: 400 },
      },
    );
  }
}

/**
 * The `login` fields that an operation would run: distinct response keys of `login` among the
 * mutation's root fields, fragments included (each fragment is looked at once, so the walk is
 * linear). Fields with one key are merged by GraphQL into one, so they count once.
 */
export function loginsOf(document: DocumentNode, operationName?: string | null): number {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'mutation') return 0;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const keys = new Set<string>();
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === LOGIN) keys.add(selection.alias?.value ?? LOGIN);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return keys.size;
}

/** The sign-ins of every operation of a batched request, counted once per request. */
function batchLogins(): (body: unknown[]) => number {
  const counted = new WeakMap<unknown[], number>();
  return (body) => {
    let count = counted.get(body);
    if (count === undefined) {
      count = 0;
      for (const piece of body) {
        const { query, operationName } = (piece ?? {}) as { query?: unknown; operationName?: unknown };
        // Most operations of a batch do not mention login at all: no need to parse them again.
        if (typeof query !== 'string' || !query.includes(LOGIN)) continue;
        try {
          count += loginsOf(parse(query), typeof operationName === 'string' ? operationName : undefined);
        } catch {
          // A text that does not parse signs in nowhere; Apollo refuses it on its own.
        }
      }
      counted.set(body, count);
    }
    return count;
  };
}

/**
 * At most one `login` per operation and per batched HTTP request (a JSON array of operations),
 * so that aliases and batches cannot multiply the sign-in attempts of one request. Refused with
 * BAD_USER_INPUT before anything runs: the request itself is malformed for signing in, whatever
 * it would cost. A batch with two sign-ins has every one of its sign-ins refused, whichever of its
 * operations runs first.
 */
export function oneLoginPerRequestPlugin(): ApolloServerPlugin<GraphQLContext> {
  const loginsInBatch = batchLogins();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          const logins = loginsOf(document, request.operationName);
          if (logins === 0) return;
          if (logins > 1) throw new TooManySignInsError(logins, 'operation');
          const body: unknown = contextValue.req.body;
          if (Array.isArray(body) && body.length > 1) {
            const inBatch = loginsInBatch(body);
            if (inBatch > 1) throw new TooManySignInsError(inBatch, 'batch');
          }
        },
      };
    },
  };
}
