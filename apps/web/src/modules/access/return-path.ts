import { RETURN_PARAM, SIGN_IN_PATH } from '@leitstand/shared-domain';

export { RETURN_PARAM, safeReturnPath } from '@leitstand/shared-domain';

/** The sign-in page's address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return path === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${RETURN_PARAM}=${encodeURIComponent(path)}`;
}
