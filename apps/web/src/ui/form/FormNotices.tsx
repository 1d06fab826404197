import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { ErrorNotice } from '../ErrorNotice';
import type { EditForm } from './useEditForm';

/**
 * What a form has to say above its fields: that someone else changed the record (with the way to
 * load the current state), that it is loaded, what is wrong (a summary whose links lead to the
 * fields), or another failure. The notice that appears takes the focus, so that it is heard.
 */
export function FormNotices<V>({
  form,
  fields,
  conflictText,
}: {
  form: EditForm<V>;
  /** The form's fields in their order: name, label and the id of its input. */
  fields: ReadonlyArray<{ name: string; label: string; id: string }>;
  conflictText: string;
}) {
  const { t } = useI18n();
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const reloadedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (form.attempt > 0) summaryRef.current?.focus();
  }, [form.attempt]);
  useEffect(() => {
    if (form.conflict === 'conflict') conflictRef.current?.focus();
    if (form.conflict === 'reloaded') reloadedRef.current?.focus();
  }, [form.conflict]);
  const wrong = fields.filter((field) => form.errors[field.name]);
  return (
    <>
      {form.conflict === 'conflict' && (
        <div role="alert" className="notice notice-warning" tabIndex={-1} ref={conflictRef}>
          <p>{conflictText}</p>
          <button type="button" onClick={() => void form.reload()}>
            {t('status.conflict.reload')}
          </button>
        </div>
      )}
      {form.conflict === 'reloaded' && (
        <p role="status" className="notice" tabIndex={-1} ref={reloadedRef}>
          {t('status.conflict.reloaded')}
        </p>
      )}
      {(wrong.length > 0 || form.other.length > 0) && (
        <div role="alert" className="notice notice-error error-summary" tabIndex={-1} ref={summaryRef}>
          <p className="h3">{t('form.errorSummary')}</p>
          <ul>
            {wrong.map((field) => (
              <li key={field.name}>
                <a href={`#${field.id}`}>{`${field.label}: ${form.errors[field.name]}`}</a>
              </li>
            ))}
            {form.other.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {form.failure !== null && <ErrorNotice error={form.failure} />}
    </>
  );
}

/** Under a field whose value on the server changed since the form was opened: what it is now. */
export function ChangedMeanwhile({ shown }: { shown: string }) {
  const { t } = useI18n();
  return <p className="hint hint-changed">{t('status.changedMeanwhile', { value: shown })}</p>;
}
