import { DRY_RUN_PARAM, IMPORT_CONTENT_TYPES, IMPORT_PATH, ImportReport } from '@leitstand/shared-domain';
import { useCallback, useState } from 'react';
import { CSRF_COOKIE, readCookie } from '../../../graphql/session-cookie';

/** Why the API gave no report: its error code (no right, no session), or no answer at all. */
export type ImportFailure = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NETWORK' | 'UNKNOWN';

export interface ImportState {
  sending: boolean;
  report: ImportReport | null;
  failure: ImportFailure | null;
}

/** The content type of a file by its name's ending, as the API expects it (browsers leave it empty for CSV on some systems). */
function contentTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return IMPORT_CONTENT_TYPES.xlsx;
  if (name.endsWith('.csv')) return `${IMPORT_CONTENT_TYPES.csv}; charset=utf-8`;
  return file.type || 'application/octet-stream';
}

/**
 * `POST /api/import/projects` with a file: a dry run (what would change) or, with `dryRun: false`,
 * the import itself. Signed in by the session cookie, with the CSRF header as every write.
 */
export function useProjectImport() {
  const [state, setState] = useState<ImportState>({ sending: false, report: null, failure: null });

  const send = useCallback(async (file: File, dryRun: boolean): Promise<ImportReport | null> => {
    setState({ sending: true, report: null, failure: null });
    const headers: Record<string, string> = { 'Content-Type': contentTypeOf(file) };
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['X-CSRF-Token'] = csrf;
    try {
      const response = await fetch(`${IMPORT_PATH}?${DRY_RUN_PARAM}=${dryRun}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: file,
      });
      const body = (await response.json().catch(() => null)) as (ImportReport & { code?: string }) | null;
      if (body && Array.isArray(body.rows) && Array.isArray(body.errors)) {
        setState({ sending: false, report: body, failure: null });
        return body;
      }
      const failure: ImportFailure =
        response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'UNKNOWN';
      setState({ sending: false, report: null, failure });
    } catch {
      setState({ sending: false, report: null, failure: 'NETWORK' });
    }
    return null;
  }, []);

  const reset = useCallback(() => setState({ sending: false, report: null, failure: null }), []);

  return { ...state, send, reset };
}
