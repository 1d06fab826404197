import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is an ISO calendar date that exists (no 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(value: unknown, node?: ValueNode): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError(`must be a calendar date as YYYY-MM-DD, e.g. 2026-03-31 (got ${JSON.stringify(value)})`, {
    nodes: node,
  });
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO-8601 calendar date, e.g. 2026-03-31.',
  serialize(value) {
    // Outgoing dates come from DATE columns, which hold only days that exist: checking the shape is enough.
    if (typeof value === 'string' && ISO_DATE.test(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value) => parseDate(value),
  parseLiteral(ast) {
    return parseDate(ast.kind === Kind.STRING ? ast.value : undefined, ast);
  },
});

const DECIMAL = /^-?\d{1,15}(\.\d{1,2})?$/;

function parseDecimal(value: unknown, node?: ValueNode): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text === 'string' && DECIMAL.test(text)) return text;
  throw new GraphQLError(
    `must be a decimal amount as a string with at most 2 decimal places, e.g. "1250000.00" (got ${JSON.stringify(value)})`,
    { nodes: node },
  );
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal amount, serialized as a string, e.g. "1250000.00".',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new GraphQLError(`Decimal cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: (value) => parseDecimal(value),
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT)
      return parseDecimal(ast.value, ast);
    return parseDecimal(undefined, ast);
  },
});
