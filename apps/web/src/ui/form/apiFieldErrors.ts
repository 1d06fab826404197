import { fieldErrors } from '../../graphql/errors';

/**
 * The API's BAD_USER_INPUT fields as form field → message, by the last part of each path
 * ('input.email' → 'email'); what names no known field goes to `other`.
 */
export function apiFieldErrors(
  error: unknown,
  known: readonly string[],
): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const { path, message } of fieldErrors(error)) {
    const name = path.split('.').pop() ?? path;
    if (known.includes(name)) fields[name] = message;
    else other.push(message);
  }
  return { fields, other };
}
