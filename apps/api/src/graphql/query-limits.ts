import type { ApolloServerPlugin } from '@apollo/server';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { DocumentNode, FragmentDefinitionNode, Kind, SelectionSetNode } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { QueryTooComplexError } from '../common/errors';
import { DEFAULT_PAGE_SIZE } from './connection';

/** The bounds of one operation; the README states them. */
export const MAX_DEPTH = 12;
export const MAX_COST = 25_000;
/** A list without `first` (a project's milestones, its key figures) is counted as this many items. */
export const ASSUMED_LIST_SIZE = 10;
/** At most this many operations in one batched request (a JSON array). */
export const MAX_BATCH = 20;

/** Lists multiply what they contain: by `first` for connections, by an assumed size for plain lists. */
const listEstimator: ComplexityEstimator = ({ args, field, childComplexity, type: parent }) => {
  // Introspection (when it is on) reads the schema, whose size is fixed: it costs nothing here.
  if (field.name.startsWith('__')) return 0;
  const type = field.type.toString();
  // A connection's nodes and edges are the items that `first` already counted.
  if (parent.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges'))
    return 1 + childComplexity;
  if (typeof args.first === 'number' || /Connection!?$/.test(type))
    return 1 + childComplexity * (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE);
  if (type.startsWith('[')) return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return 1 + childComplexity;
};

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value))
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
    }
  }
  return deepest;
}

/** How many sets of variables each document remembers the cost of. */
const COSTS_PER_DOCUMENT = 8;

/**
 * The cost of an operation depends on its document, the operation's name and the variables alone,
 * and Apollo gives every request with the same query text the same parsed document. So each
 * document keeps the costs of its last few sets of variables, and they go when the document goes.
 * The document of the dashboard, asked again and again with the same variables, is costed once.
 */
function costs() {
  const byDocument = new WeakMap<DocumentNode, Map<string, number>>();
  return (document: DocumentNode, operationName: string | undefined, variables: object, compute: () => number) => {
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = new Map()));
    const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = compute();
      if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value as string);
      known.set(key, cost);
    }
    return cost;
  };
}

/** Refuses an operation that is too deep or too costly before any resolver runs. */
export function queryLimitsPlugin(): ApolloServerPlugin {
  const costOf = costs();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          // No such operation in the document: execution refuses it by name.
          if (!operation) return;
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const depth = depthOf(operation.selectionSet, fragments, new Set());
          if (depth > MAX_DEPTH)
            throw new QueryTooComplexError(`The query is ${depth} levels deep; at most ${MAX_DEPTH} are allowed.`);
          const variables = request.variables ?? {};
          const cost = costOf(document, request.operationName, variables, () =>
            getComplexity({
              schema,
              query: document,
              variables,
              operationName: request.operationName,
              estimators: [listEstimator],
            }),
          );
          if (cost > MAX_COST)
            throw new QueryTooComplexError(
              `The query would cost ${cost}; at most ${MAX_COST} is allowed. Ask for fewer items (first) or fewer nested lists.`,
            );
        },
      };
    },
  };
}

/** Refuses a batched request with more operations than MAX_BATCH, before anything runs. */
function batchLimit(request: Request, response: Response, next: NextFunction): void {
  if (Array.isArray(request.body) && request.body.length > MAX_BATCH) {
    response.status(400).json({
      errors: [
        {
          message: `A batch may hold at most ${MAX_BATCH} operations; this one holds ${request.body.length}.`,
          extensions: { code: 'QUERY_TOO_COMPLEX' },
        },
      ],
    });
    return;
  }
  next();
}

/** For /graphql: parses the JSON body (at most 1 MB) and applies the batch limit. */
export function graphqlBodyLimits(): RequestHandler[] {
  return [express.json({ limit: '1mb' }), batchLimit];
}
