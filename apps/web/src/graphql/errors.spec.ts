import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, fieldErrors } from './errors';
import { readCookie } from './session-cookie';

function graphQLError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'refused', extensions }] });
}

describe('errorCode', () => {
  it('reads extensions.code', () => {
    expect(errorCode(graphQLError({ code: 'CONFLICT' }))).toBe('CONFLICT');
  });
  it('reads GraphQL errors from a non-2xx answer too', () => {
    const error = new ServerError('Unauthorized', {
      response: new Response(null, { status: 401 }),
      bodyText: JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    expect(errorCode(error)).toBe('UNAUTHENTICATED');
  });
  it('calls an error without a known code UNKNOWN, and one without an answer NETWORK', () => {
    expect(errorCode(graphQLError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe('UNKNOWN');
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
    expect(errorCode(undefined)).toBeUndefined();
  });
});

describe('fieldErrors', () => {
  it('lists the fields of BAD_USER_INPUT with their codes and params', () => {
    const error = graphQLError({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.summary', code: 'REQUIRED', message: 'must not be empty' },
        { path: 'input.title', code: 'TOO_LONG', params: { max: 200 }, message: 'must be at most 200 characters' },
        { path: 7 },
      ],
    });
    expect(fieldErrors(error)).toEqual([
      { path: 'input.summary', code: 'REQUIRED', params: {}, message: 'must not be empty' },
      { path: 'input.title', code: 'TOO_LONG', params: { max: 200 }, message: 'must be at most 200 characters' },
    ]);
  });

  it('takes a code it does not know as INVALID, so that the reader gets words of their language', () => {
    const error = graphQLError({ code: 'BAD_USER_INPUT', fields: [{ path: 'x', code: 'NEW_CODE', message: 'new' }] });
    expect(fieldErrors(error)).toEqual([{ path: 'x', code: 'INVALID', params: {}, message: 'new' }]);
  });
});

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('leitstand_csrf', 'a=1; leitstand_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('leitstand_csrf', 'a=1')).toBeUndefined();
  });
});
