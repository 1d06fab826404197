import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInPath } from './return-path';

describe('the way back after signing in', () => {
  it('returns to a page of this site with its query', () => {
    expect(safeReturnPath('/projekte?status=AT_RISK')).toBe('/projekte?status=AT_RISK');
  });
  it.each([null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'projekte', '/anmelden'])(
    'goes to the dashboard instead of %j',
    (value) => {
      expect(safeReturnPath(value)).toBe('/');
    },
  );
  it('remembers where the person was', () => {
    expect(signInPath('/projekte/DIG-001/statusbericht')).toBe(
      '/anmelden?weiter=%2Fprojekte%2FDIG-001%2Fstatusbericht',
    );
    expect(signInPath('/')).toBe('/anmelden');
  });
});
