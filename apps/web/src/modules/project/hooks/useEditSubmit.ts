import { useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import type { MessageKey } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/useI18n';
import type { ConflictState } from '../../../ui/form/ConflictNotice';
import { useProjectFormErrors } from './useProjectFormErrors';

/**
 * What an editor of a project's part shares: its own checks first, then the write; a refusal
 * puts its messages at the fields, a CONFLICT keeps what was typed and offers the current state.
 */
export function useEditSubmit(onReload: () => Promise<unknown>) {
  const { t } = useI18n();
  const translate = useProjectFormErrors();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<ConflictState>('none');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [reloading, setReloading] = useState(false);

  function refuse(fields: Record<string, string>, elsewhere: string[] = []) {
    setErrors(fields);
    setOther(elsewhere);
    setAttempt((n) => n + 1);
  }

  /** Checks, then writes; true where the write went through. */
  async function submit(invalid: Record<string, MessageKey>, write: () => Promise<void>): Promise<boolean> {
    setFailure(null);
    if (Object.keys(invalid).length > 0) {
      refuse(Object.fromEntries(Object.entries(invalid).map(([field, key]) => [field, t(key)])));
      return false;
    }
    setErrors({});
    setOther([]);
    setBusy(true);
    try {
      await write();
      setConflict('none');
      return true;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CONFLICT') setConflict('conflict');
      else if (code === 'BAD_USER_INPUT') {
        const { fields, other: elsewhere } = translate(error);
        if (Object.keys(fields).length > 0 || elsewhere.length > 0) refuse(fields, elsewhere);
        else setFailure(error);
      } else setFailure(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    setReloading(true);
    try {
      await onReload();
      setConflict('reloaded');
    } catch (error) {
      setFailure(error);
    } finally {
      setReloading(false);
    }
  }

  return { errors, other, attempt, conflict, failure, busy, reloading, submit, reload };
}
