import { useMutation, useQuery } from '@apollo/client/react';
import { FormEvent, useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import {
  AdminDepartmentsDocument,
  CreateDepartmentDocument,
  UpdateDepartmentDocument,
} from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { apiFieldErrors } from '../../../ui/form/apiFieldErrors';
import { TextField } from '../../../ui/form/TextField';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { TableWrap } from '../../../ui/TableWrap';

interface Draft {
  id: string | null;
  code: string;
  name: string;
}

/** The departments (Ämter) that projects and people belong to. */
export function DepartmentsAdminPage() {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(AdminDepartmentsDocument, { fetchPolicy: 'cache-and-network' });
  const [createDepartment, creating] = useMutation(CreateDepartmentDocument, {
    refetchQueries: [{ query: AdminDepartmentsDocument }],
  });
  const [updateDepartment, updating] = useMutation(UpdateDepartmentDocument);
  const [draft, setDraft] = useState<Draft>({ id: null, code: '', name: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setMessage(null);
    const found: Record<string, string> = {};
    if (!draft.code.trim()) found.code = t('form.error.required');
    if (!draft.name.trim()) found.name = t('form.error.required');
    setErrors(found);
    if (Object.keys(found).length) return;
    const input = { code: draft.code.trim(), name: draft.name.trim() };
    try {
      if (draft.id) await updateDepartment({ variables: { input: { id: draft.id, ...input } } });
      else await createDepartment({ variables: { input } });
      setMessage(t(draft.id ? 'admin.department.updated' : 'admin.department.created', { name: input.name }));
      setDraft({ id: null, code: '', name: '' });
    } catch (caught) {
      const { fields } = apiFieldErrors(caught, ['code', 'name']);
      if (errorCode(caught) === 'BAD_USER_INPUT' && Object.keys(fields).length) setErrors(fields);
      else setFailure(caught);
    }
  }

  const departments = [...(data?.departments ?? [])].sort((a, b) =>
    a.code.localeCompare(b.code, undefined, { numeric: true }),
  );

  return (
    <>
      <PageTitle>{t('admin.departments')}</PageTitle>
      {message && (
        <p role="status" className="notice notice-success">
          {message}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <TableWrap label={t('admin.departments')}>
          <table className="table">
            <caption className="visually-hidden">{t('admin.departments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('department.code')}</th>
                <th scope="col">{t('department.name')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((department) => (
                <tr key={department.id}>
                  <th scope="row">{department.code}</th>
                  <td>{department.name}</td>
                  <td>
                    <button
                      type="button"
                      className="button-secondary button-small"
                      aria-label={t('admin.department.editFor', { name: department.name })}
                      onClick={() => {
                        setErrors({});
                        setDraft({ id: department.id, code: department.code, name: department.name });
                        document.getElementById('department-code')?.focus();
                      }}
                    >
                      {t('action.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section aria-labelledby="department-form-heading" className="card">
        <h2 id="department-form-heading">
          {draft.id ? t('admin.department.edit', { name: draft.name }) : t('admin.department.new')}
        </h2>
        <form className="form" onSubmit={submit} noValidate>
          <div className="field-row">
            <TextField
              id="department-code"
              label={t('department.code')}
              hint={t('department.code.hint')}
              required
              value={draft.code}
              error={errors.code}
              onChange={(code) => setDraft({ ...draft, code })}
            />
            <TextField
              id="department-name"
              label={t('department.name')}
              required
              value={draft.name}
              error={errors.name}
              onChange={(name) => setDraft({ ...draft, name })}
            />
          </div>
          <div className="form-actions">
            <button type="submit" disabled={creating.loading || updating.loading}>
              {draft.id ? t('action.save') : t('admin.department.create')}
            </button>
            {draft.id && (
              <button
                type="button"
                className="button-secondary"
                onClick={() => setDraft({ id: null, code: '', name: '' })}
              >
                {t('action.cancel')}
              </button>
            )}
          </div>
        </form>
      </section>
    </>
  );
}
