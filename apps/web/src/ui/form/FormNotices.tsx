import { ErrorNotice } from '../ErrorNotice';
import { useI18n } from '../../i18n/useI18n';
import { ConflictNotice } from './ConflictNotice';
import { ErrorSummary } from './ErrorSummary';
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
  return (
    <>
      <ConflictNotice
        state={form.conflict}
        reloading={form.reloading}
        onReload={() => void form.reload()}
        text={conflictText}
      />
      <ErrorSummary
        entries={fields
          .filter((field) => form.errors[field.name])
          .map((field) => ({ target: field.id, label: field.label, message: form.errors[field.name] }))}
        other={form.other}
        attempt={form.attempt}
      />
      {form.failure !== null && <ErrorNotice error={form.failure} />}
    </>
  );
}

/** Under a field whose value on the server changed since the form was opened: what it is now. */
export function ChangedMeanwhile({ shown }: { shown: string }) {
  const { t } = useI18n();
  return <p className="hint hint-changed">{t('status.changedMeanwhile', { value: shown })}</p>;
}
