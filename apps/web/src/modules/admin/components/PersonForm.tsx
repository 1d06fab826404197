import { FormEvent, useState } from 'react';
import type { Role } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';

export const ROLES: readonly Role[] = ['ADMIN', 'PORTFOLIO_MANAGER', 'PROJECT_LEAD', 'VIEWER'];

export interface PersonValues {
  name: string;
  email: string;
  role: Role;
  departmentId: string;
  password: string;
}

/** Creates or edits a person; the password field only when creating. */
export function PersonForm({
  idPrefix,
  initial,
  departments,
  withPassword,
  errors,
  busy,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: PersonValues;
  departments: ReadonlyArray<{ id: string; code: string; name: string }>;
  withPassword: boolean;
  errors: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  onSubmit(values: PersonValues): void;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState(initial);
  const [local, setLocal] = useState<Record<string, string>>({});
  const shown = { ...errors, ...local };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.name.trim()) found.name = t('form.error.required');
    if (!/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) found.email = t('form.error.email');
    setLocal(found);
    if (Object.keys(found).length === 0) onSubmit({ ...values, name: values.name.trim(), email: values.email.trim() });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field-row">
        <TextField
          id={`${idPrefix}-name`}
          label={t('person.name')}
          required
          value={values.name}
          error={shown.name}
          autoComplete="off"
          onChange={(name) => setValues({ ...values, name })}
        />
        <TextField
          id={`${idPrefix}-email`}
          label={t('person.email')}
          type="email"
          required
          value={values.email}
          error={shown.email}
          autoComplete="off"
          onChange={(email) => setValues({ ...values, email })}
        />
      </div>
      <div className="field-row">
        <SelectField
          id={`${idPrefix}-role`}
          label={t('person.role')}
          value={values.role}
          error={shown.role}
          options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          onChange={(role) => setValues({ ...values, role: role as Role })}
        />
        <SelectField
          id={`${idPrefix}-department`}
          label={t('person.department')}
          value={values.departmentId}
          error={shown.departmentId}
          options={[
            { value: '', label: t('format.none') },
            ...departments.map((department) => ({
              value: department.id,
              label: `${department.code} – ${department.name}`,
            })),
          ]}
          onChange={(departmentId) => setValues({ ...values, departmentId })}
        />
      </div>
      {withPassword && (
        <TextField
          id={`${idPrefix}-password`}
          label={t('person.initialPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('person.initialPassword.hint')}
          value={values.password}
          error={shown.password}
          onChange={(password) => setValues({ ...values, password })}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
