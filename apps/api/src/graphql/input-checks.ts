import type { InputProblemCode } from '@leitstand/shared-domain';
import {
  getNullableType,
  GraphQLError,
  GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type { FieldProblem } from '../common/errors';

/** Every id of the API is a UUID: anything else names no record, and PostgreSQL could not compare it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether the text has the form of an id of the API. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
/** No text of the API is longer (a status report's text is at most 5,000; each column states its own length). */
export const MAX_TEXT_LENGTH = 20_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL could not store or compare the text, if it could not. */
export function textProblem(value: string): string | undefined {
  if (value.length > MAX_TEXT_LENGTH) return `must be at most ${MAX_TEXT_LENGTH} characters long`;
  if (value.includes('\u0000')) return 'must not contain the character U+0000';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds a lone surrogate)';
  return undefined;
}

/**
 * The problems of one argument's value, by its declared type: text that PostgreSQL cannot hold
 * anywhere, and ids that are not UUIDs where no input class checks them (input objects have
 * classes whose validation names every faulty field at once). GraphQL has coerced the value
 * already; paths read as 'filter.search' or 'dependsOn.0'.
 */
export function checkArgument(value: unknown, type: GraphQLInputType, path: string, inObject = false): FieldProblem[] {
  if (value === null || value === undefined) return [];
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkArgument(value, getNullableType(nullable.ofType), path, inObject);
    return value.flatMap((item, index) => checkArgument(item, nullable.ofType, `${path}.${index}`, inObject));
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return Object.entries(value as Record<string, unknown>).flatMap(([name, item]) =>
      fields[name] ? checkArgument(item, fields[name].type, `${path}.${name}`, true) : [],
    );
  }
  if (isScalarType(nullable) && typeof value === 'string') {
    if (nullable.name === 'ID' && !inObject && !isId(value))
      return [{ path, code: 'NOT_ID', message: 'must be an id (a UUID)' }];
    const problem = textProblem(value);
    if (problem)
      return [
        value.length > MAX_TEXT_LENGTH
          ? { path, code: 'TOO_LONG', message: problem, params: { max: MAX_TEXT_LENGTH } }
          : { path, code: 'NOT_STORABLE', message: problem },
      ];
  }
  return [];
}

const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const INVALID_VARIABLE_ROOT = /^Variable "\$(\w+)" got invalid value .*?; (.*)$/s;

/** The reasons of GraphQL's coercion (and of our scalars), each with its code. */
const COERCION_CODES: [RegExp, InputProblemCode][] = [
  [/does not exist in ".*" enum|^Enum ".*" cannot represent/, 'NOT_ALLOWED'],
  [/calendar date|^Date cannot represent/, 'NOT_DATE'],
  [/decimal amount|^Decimal cannot represent/, 'NOT_AMOUNT'],
  [/^Int cannot represent/, 'NOT_INTEGER'],
  [/^Float cannot represent/, 'NOT_NUMBER'],
  [/^ID cannot represent/, 'NOT_ID'],
  [/was not provided|must not be null/, 'REQUIRED'],
  [/is not defined by type/, 'UNKNOWN_FIELD'],
];

/** What a coercion error's reason means, as a code. */
export function coercionCode(reason: string): InputProblemCode {
  return COERCION_CODES.find(([pattern]) => pattern.test(reason))?.[1] ?? 'INVALID';
}

/** The variable path and the reason of a coercion error ('h[0]', 'Value "GREAT" does not exist in "Health" enum.'). */
export function variableProblem(error: GraphQLError | { message: string }): FieldProblem {
  const problem = (path: string, message: string): FieldProblem => ({ path, code: coercionCode(message), message });
  const nested = INVALID_VARIABLE.exec(error.message);
  if (nested) return problem(nested[2], nested[3].trim());
  const root = INVALID_VARIABLE_ROOT.exec(error.message);
  if (root) return problem(root[1], root[2].trim());
  const named = /^Variable "\$(\w+)"/.exec(error.message);
  return problem(named?.[1] ?? 'variables', error.message);
}
