import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('the way back after signing in', () => {
  it.each(['/', '/projekte?status=AT_RISK', '/projekte/DIG-001/statusbericht', '/roadmap#2026'])(
    'returns to %j, a page of this site',
    (value) => {
      expect(safeReturnPath(value)).toBe(value);
    },
  );

  it.each([
    null,
    undefined,
    '',
    'projekte',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/anmelden',
    '/anmelden?weiter=%2F',
    '/anmelden/fehler?grund=unknown-person',
    `/${'x'.repeat(2000)}`,
  ])('goes to the dashboard instead of %j', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
