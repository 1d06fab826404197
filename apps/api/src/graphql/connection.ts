import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BadUserInputError } from '../common/errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;
  @Field()
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true })
  startCursor!: string | null;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type, as the contract spells them. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;
    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];
    @Field(() => [nodeType])
    nodes!: T[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/** A page request: how many rows to skip and take. Cursors are opaque offsets into the ordered list. */
export interface Page {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';
const CURSOR = /^offset:\d{1,10}$/;
/** PostgreSQL's OFFSET takes a bigint; no list of the API comes near this. */
const MAX_OFFSET = 2 ** 31 - 1;

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/** Checks `first` and `after` (naming the argument at fault) and turns them into offset and limit. */
export function toPage(first: number | null | undefined, after: string | null | undefined, pathPrefix = ''): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw BadUserInputError.field(`${pathPrefix}first`, 'TOO_LARGE', `must be between 0 and ${MAX_PAGE_SIZE}`, {
      max: MAX_PAGE_SIZE,
    });
  }
  if (after === null || after === undefined) return { offset: 0, limit };
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!CURSOR.test(decoded) || offset > MAX_OFFSET) {
    throw BadUserInputError.field(`${pathPrefix}after`, 'BAD_CURSOR', 'is not a cursor of this list');
  }
  return { offset: offset + 1, limit };
}

/** Builds the connection for one page of rows, given the total number of rows in the list. */
export function toConnection<T>(rows: T[], page: Page, totalCount: number): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    nodes: rows,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + rows.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * The number of all rows of a list, from a page that carried it as `_total` (count(*) OVER ());
 * counted apart only where the page is empty though the list may not be (past its end, first: 0).
 * Takes `_total` off the rows.
 */
export async function pageTotal<T extends object>(
  rows: T[],
  page: Page,
  count: () => Promise<number>,
): Promise<number> {
  const first = rows[0] as { _total?: number } | undefined;
  const total = first?._total ?? (page.offset === 0 && page.limit > 0 ? 0 : await count());
  for (const row of rows) delete (row as { _total?: number })._total;
  return total;
}
