import type { ApolloServerPlugin } from '@apollo/server';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { LIST_BOUNDS } from '@leitstand/shared-domain';
import { BadUserInputError, FieldProblem, QueryTooComplexError, UnauthenticatedError } from '../common/errors';
import { DEFAULT_PAGE_SIZE } from './connection';
import { checkArgument, variableProblem } from './input-checks';

/**
 * The bounds of one operation; the README states them. All are checked in time linear in the size of
 * the document, before anything runs: the document's size when it is parsed; then its aliases,
 * directives, fragments and operations; then depth and size of the answer in one walk.
 */
export const LIMITS = {
  /** Tokens in one document (parsing stops there): all of the web client's documents together have about 1,300. */
  tokens: 5_000,
  aliases: 100,
  directives: 100,
  fragments: 100,
  operations: 20,
  /** Fields nested in one another, not counting `__typename` and introspection. */
  depth: 12,
  /** Fields of the operation with its fragments put in where they are spread (the web client's largest has about 100). */
  fields: 2_000,
  /** Objects the answer can hold: a connection counts its `first` items, a plain list its bound. */
  nodes: 500_000,
  /** Without credentials only `login` and the public facts can run: they need a few objects. */
  anonymousNodes: 50,
  /** Operations in one batched request (a JSON array). */
  batch: 20,
} as const;

/** How many items a plain list (not a connection) holds at most: the data model's bounds, else this. */
const UNBOUNDED_LIST = 100;

interface Measure {
  depth: number;
  /** Fields selected, with fragments put in where they are spread. */
  fields: number;
  /** Objects under one instance of the selection's type. */
  nodes: number;
}

const NOTHING: Measure = { depth: 0, fields: 0, nodes: 0 };
const LEAF: Measure = { depth: 1, fields: 1, nodes: 0 };

/** Parse options for Apollo Server: a document of more tokens is refused before it is parsed whole. */
export const PARSE_OPTIONS = { maxTokens: LIMITS.tokens };

/** Documents whose shape passed: Apollo keeps one parsed document per query text, so each text is counted once. */
const shapesChecked = new WeakSet<DocumentNode>();

/** Counts aliases, directives, fragments and operations: each definition and selection once, fragments not expanded. */
function checkDocumentShape(document: DocumentNode): void {
  if (shapesChecked.has(document)) return;
  let aliases = 0;
  let directives = 0;
  let fragments = 0;
  let operations = 0;
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments++;
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations++;
    else continue;
    directives += definition.directives?.length ?? 0;
    pending.push(definition.selectionSet);
  }
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD && selection.alias) aliases++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  const over = (
    [
      ['aliases', aliases],
      ['directives', directives],
      ['fragments', fragments],
      ['operations', operations],
    ] as const
  ).find(([name, count]) => count > LIMITS[name]);
  if (over)
    throw new QueryTooComplexError(`The document holds ${over[1]} ${over[0]}; at most ${LIMITS[over[0]]} are allowed.`);
  shapesChecked.add(document);
}

/**
 * One walk over an operation: its depth, how many objects its answer can hold, and the checks of its
 * arguments. Each fragment is measured once for each page size it appears under, so a document of
 * fragments that spread each other twice costs no more to measure than it is long.
 */
class OperationWalk {
  readonly problems: FieldProblem[] = [];
  private readonly measured = new Map<string, Measure>();
  private readonly checked = new Set<FieldNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** `page`: the connection's page size where the selection is a connection's. */
  selectionSet(set: SelectionSetNode | undefined, type: GraphQLCompositeType, page: number): Measure {
    const measure: Measure = { depth: 0, fields: 0, nodes: 0 };
    if (!set) return measure;
    for (const selection of set.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        inner = this.field(selection, type, page);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && this.schema.getType(selection.typeCondition.name.value);
        inner = this.selectionSet(selection.selectionSet, isCompositeType(condition) ? condition : type, page);
      } else {
        inner = this.fragment(selection.name.value, page);
      }
      measure.depth = Math.max(measure.depth, inner.depth);
      measure.fields += inner.fields;
      measure.nodes += inner.nodes;
    }
    return measure;
  }

  private fragment(name: string, page: number): Measure {
    const key = `${name} ${page}`;
    const known = this.measured.get(key);
    if (known) return known;
    // Validation has refused cycles already; this only keeps a walk from running around one.
    this.measured.set(key, NOTHING);
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    const measure = fragment && isCompositeType(type) ? this.selectionSet(fragment.selectionSet, type, page) : NOTHING;
    this.measured.set(key, measure);
    return measure;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, page: number): Measure {
    // Introspection reads the schema, whose size is fixed; __typename is no object.
    if (node.name.value.startsWith('__')) return { depth: 0, fields: 1, nodes: 0 };
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!definition) return LEAF;
    const args = this.arguments(node, definition);
    const type = getNamedType(definition.type);
    if (!isCompositeType(type)) return LEAF;
    const isConnection = type.name.endsWith('Connection');
    const first = typeof args.first === 'number' ? Math.max(0, args.first) : DEFAULT_PAGE_SIZE;
    const inner = this.selectionSet(node.selectionSet, type, isConnection ? first : page);
    const depth = 1 + inner.depth;
    const fields = 1 + inner.fields;
    // An edge's node is the item its connection counted already.
    if (parent.name.endsWith('Edge') && node.name.value === 'node') return { depth, fields, nodes: inner.nodes };
    let items = 1;
    if (parent.name.endsWith('Connection') && (node.name.value === 'nodes' || node.name.value === 'edges'))
      items = page;
    else if (isListType(getNullableType(definition.type)))
      items = LIST_BOUNDS[`${parent.name}.${node.name.value}`] ?? UNBOUNDED_LIST;
    return { depth, fields, nodes: items * (1 + inner.nodes) };
  }

  /** The field's argument values (variables put in), each checked once per field of the document. */
  private arguments(node: FieldNode, definition: GraphQLField<unknown, unknown>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const argument of node.arguments ?? []) {
      const declared = definition.args.find((arg) => arg.name === argument.name.value);
      if (!declared) continue;
      const value = valueFromAST(argument.value, declared.type, this.variables);
      values[declared.name] = value;
      if (!this.checked.has(node)) this.problems.push(...checkArgument(value, declared.type, declared.name));
    }
    this.checked.add(node);
    return values;
  }
}

/** The operation's variables as GraphQL coerces them; a value its type refuses is BAD_USER_INPUT (HTTP 400). */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 20 });
  if (coerced.errors) throw BadUserInputError.beforeExecution(coerced.errors.map(variableProblem));
  return coerced.coerced;
}

/** Measures the operation and refuses it (before it runs) where it is too deep or too large or its input is bad. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
  anonymous: boolean,
): Measure {
  checkDocumentShape(document);
  const variables = coerceVariables(schema, operation, inputs);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = schema.getRootType(operation.operation);
  if (!root) return NOTHING;
  const walk = new OperationWalk(schema, fragments, variables);
  const measure = walk.selectionSet(operation.selectionSet, root, DEFAULT_PAGE_SIZE);
  if (measure.depth > LIMITS.depth)
    throw new QueryTooComplexError(`The query is ${measure.depth} levels deep; at most ${LIMITS.depth} are allowed.`);
  if (measure.fields > LIMITS.fields)
    throw new QueryTooComplexError(
      `The query selects ${measure.fields} fields with its fragments spread out; at most ${LIMITS.fields} are allowed.`,
    );
  if (anonymous && measure.nodes > LIMITS.anonymousNodes)
    throw new UnauthenticatedError(
      `Sign in first: without signing in, a query may ask for at most ${LIMITS.anonymousNodes} objects; this one can ask for ${measure.nodes}.`,
      { http: { status: 401 } },
    );
  if (measure.nodes > LIMITS.nodes)
    throw new QueryTooComplexError(
      `The answer could hold ${measure.nodes} objects; at most ${LIMITS.nodes} are allowed. Ask for fewer items (first) or fewer nested lists.`,
    );
  if (walk.problems.length > 0) throw BadUserInputError.beforeExecution(walk.problems);
  return measure;
}

/**
 * Applies the limits in Apollo Server's request pipeline once the operation is chosen. Parsing stops
 * at the token limit, and graphql-js stops validating a document whose fields take too long to
 * compare, so no document costs more than its length before this check.
 */
export function queryLimitsPlugin<Context extends object>(
  isAnonymous: (context: Context) => boolean,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          // No such operation in the document: execution refuses it by name.
          if (!operation) return;
          checkOperation(schema, document, operation, request.variables ?? {}, isAnonymous(contextValue));
        },
      };
    },
  };
}

/** Answers a request that is refused before any operation runs, in the shape of a GraphQL answer. */
function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Refuses a batched request with more operations than the batch limit, before anything runs. */
function batchLimit(request: Request, response: Response, next: NextFunction): void {
  if (Array.isArray(request.body) && request.body.length > LIMITS.batch) {
    refuse(
      response,
      400,
      'QUERY_TOO_COMPLEX',
      `A batch may hold at most ${LIMITS.batch} operations; this one holds ${request.body.length}.`,
    );
    return;
  }
  next();
}

/** A body that is not JSON, or too large, is the client's mistake: 400 or 413 in GraphQL's shape. */
function bodyErrors(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  refuse(
    response,
    status,
    'BAD_REQUEST',
    status === 413 ? 'The request body is larger than 1 MB.' : 'The request body is not valid JSON.',
  );
}

/** For /graphql: parses the JSON body (at most 1 MB) and applies the batch limit. */
export function graphqlBodyLimits(): (RequestHandler | typeof bodyErrors)[] {
  return [express.json({ limit: '1mb' }), bodyErrors, batchLimit];
}
