import { useState } from 'react';
import { errorCode, fieldErrors } from '../../graphql/errors';
import { useInputProblemText } from '../../graphql/useInputProblemText';
import type { ConflictState } from './ConflictNotice';

export type FieldErrors = Record<string, string>;

export interface EditForm<V> {
  /** What the fields show: what was typed, else what the server has now. */
  values: V;
  set<K extends keyof V>(key: K, value: V[K]): void;
  /** The fields whose value on the server changed since the form was opened. */
  changedMeanwhile(key: keyof V): boolean;
  /** The fields that differ from what the server has now: what saving would change. */
  differing(): (keyof V)[];
  /** Messages at their fields: the form's own checks, or the API's `extensions.fields`. */
  errors: FieldErrors;
  /** API messages that name no field of the form. */
  other: string[];
  conflict: ConflictState;
  /** While the current state is being loaded after a CONFLICT. */
  reloading: boolean;
  /** Any other failure (network, rights), shown as a notice. */
  failure: unknown;
  busy: boolean;
  /** Grows with every refused attempt, so that the error summary takes the focus each time. */
  attempt: number;
  /** Checks first (`invalid`: messages per field), then sends; true where the write went through. */
  submit(invalid: FieldErrors, send: () => Promise<unknown>): Promise<boolean>;
  /** After a CONFLICT: loads the current state; what was typed stays. */
  reload(): Promise<void>;
}

/**
 * The state of a form that edits a record with a version, as the status report does it. `server`
 * is the record's values as the page has them now (for a new record: the form's defaults). What
 * was typed stays whatever happens; a field not typed in shows the server's value. A stale version
 * (CONFLICT) asks to load the current state, after which the fields say what changed on the
 * server; the API's refusals sit at their fields (`fields`: the form's field names), in the
 * reader's language.
 */
export function useEditForm<V extends object>(
  server: V,
  fields: readonly string[],
  onReload: () => Promise<unknown>,
): EditForm<V> {
  const [typed, setTyped] = useState<Partial<V>>({});
  const [opened] = useState(server);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const [conflict, setConflict] = useState<ConflictState>('none');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const problemText = useInputProblemText();
  const values = { ...server, ...typed };
  const keys = Object.keys(server) as (keyof V)[];

  function refused(at: FieldErrors, elsewhere: string[]) {
    setErrors(at);
    setOther(elsewhere);
    setAttempt((count) => count + 1);
  }

  return {
    values,
    set: (key, value) => setTyped((previous) => ({ ...previous, [key]: value })),
    changedMeanwhile: (key) => server[key] !== opened[key],
    differing: () => keys.filter((key) => values[key] !== server[key]),
    errors,
    other,
    conflict,
    reloading,
    failure,
    busy,
    attempt,
    async submit(invalid, send) {
      setFailure(null);
      if (Object.keys(invalid).length > 0) {
        refused(invalid, []);
        return false;
      }
      setErrors({});
      setOther([]);
      setBusy(true);
      try {
        await send();
        return true;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'CONFLICT') {
          setConflict('conflict');
          return false;
        }
        if (code === 'BAD_USER_INPUT') {
          // At the field that the path ends in ('input.title' → title), worded from the problem's code.
          const at: FieldErrors = {};
          const elsewhere: string[] = [];
          for (const problem of fieldErrors(error)) {
            const name = problem.path.split('.').pop() ?? problem.path;
            if (fields.includes(name)) at[name] = problemText(problem);
            else elsewhere.push(problemText(problem));
          }
          if (Object.keys(at).length > 0 || elsewhere.length > 0) {
            refused(at, elsewhere);
            return false;
          }
        }
        setFailure(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    async reload() {
      setReloading(true);
      try {
        await onReload();
        setConflict('reloaded');
      } catch (error) {
        setFailure(error);
      } finally {
        setReloading(false);
      }
    },
  };
}
