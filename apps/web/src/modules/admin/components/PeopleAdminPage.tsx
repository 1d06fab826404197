import { useMutation, useQuery } from '@apollo/client/react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import {
  AdminPeopleDocument,
  AdminPersonFragment,
  CreatePersonDocument,
  DeactivatePersonDocument,
  ReactivatePersonDocument,
  ResetPasswordDocument,
  UpdatePersonDocument,
} from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { apiFieldErrors } from '../../../ui/form/apiFieldErrors';
import { TextField } from '../../../ui/form/TextField';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { useSession } from '../../access/hooks/useSession';
import { PersonForm, PersonValues } from './PersonForm';
import { TableWrap } from '../../../ui/TableWrap';

const PERSON_FIELDS = ['name', 'email', 'role', 'departmentId', 'password'];

/**
 * People and their roles: create, edit, deactivate and reactivate, reset a password. The forms come
 * first, so that they are found without scrolling past everyone; the list below can be searched.
 */
export function PeopleAdminPage() {
  const { t, n } = useI18n();
  const format = useFormat();
  const { person: me } = useSession();
  const [search, setSearch] = useState('');
  const { data, error, loading, refetch } = useQuery(AdminPeopleDocument, { fetchPolicy: 'cache-and-network' });
  const [createPerson, creating] = useMutation(CreatePersonDocument, {
    refetchQueries: [{ query: AdminPeopleDocument }],
  });
  const [updatePerson, updating] = useMutation(UpdatePersonDocument);
  const [deactivate] = useMutation(DeactivatePersonDocument);
  const [reactivate] = useMutation(ReactivatePersonDocument);
  const [resetPassword, resetting] = useMutation(ResetPasswordDocument);
  const [editing, setEditing] = useState<AdminPersonFragment | null>(null);
  const [resettingFor, setResettingFor] = useState<AdminPersonFragment | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const [createErrors, setCreateErrors] = useState<Record<string, string>>({});
  const [editErrors, setEditErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [formKey, setFormKey] = useState(0);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const resetHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (resettingFor) resetHeading.current?.focus();
  }, [resettingFor]);

  const departments = data?.departments ?? [];
  const people = [...(data?.allPeople ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const words = search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  // Everything shown in a row can be searched for: name, email, role, department.
  const shown = people.filter((person) => {
    const row = [
      person.name,
      person.email,
      t(`role.${person.role}`),
      person.department?.code ?? '',
      person.department?.name ?? '',
    ]
      .join(' ')
      .toLocaleLowerCase();
    return words.every((word) => row.includes(word));
  });

  function report(error: unknown, setErrors: (errors: Record<string, string>) => void) {
    const { fields, other } = apiFieldErrors(error, PERSON_FIELDS);
    if (errorCode(error) === 'BAD_USER_INPUT' && Object.keys(fields).length > 0) {
      setErrors(fields);
      if (other.length) setMessage(other.join(' '));
    } else if (errorCode(error) === 'CONFLICT') {
      setMessage(t('admin.conflict'));
      void refetch();
    } else {
      setFailure(error);
    }
  }

  async function create(values: PersonValues) {
    setCreateErrors({});
    setFailure(null);
    setMessage(null);
    try {
      await createPerson({
        variables: {
          input: {
            name: values.name,
            email: values.email,
            role: values.role,
            departmentId: values.departmentId || null,
            ...(values.password ? { password: values.password } : {}),
          },
        },
      });
      setMessage(t('admin.person.created', { name: values.name }));
      setFormKey((key) => key + 1);
    } catch (error) {
      report(error, setCreateErrors);
    }
  }

  async function update(values: PersonValues) {
    if (!editing) return;
    setEditErrors({});
    setFailure(null);
    setMessage(null);
    try {
      await updatePerson({
        variables: {
          input: {
            id: editing.id,
            expectedVersion: editing.version,
            name: values.name,
            email: values.email,
            role: values.role,
            departmentId: values.departmentId || null,
          },
        },
      });
      setMessage(t('admin.person.updated', { name: values.name }));
      setEditing(null);
    } catch (error) {
      report(error, setEditErrors);
    }
  }

  async function toggleActive(person: AdminPersonFragment) {
    setFailure(null);
    setMessage(null);
    const question = person.active ? 'admin.person.confirmDeactivate' : 'admin.person.confirmReactivate';
    if (!window.confirm(t(question, { name: person.name }))) return;
    try {
      const variables = { id: person.id, expectedVersion: person.version };
      if (person.active) await deactivate({ variables });
      else await reactivate({ variables });
      setMessage(t(person.active ? 'admin.person.deactivated' : 'admin.person.reactivated', { name: person.name }));
    } catch (error) {
      report(error, () => undefined);
    }
  }

  async function submitReset(event: FormEvent) {
    event.preventDefault();
    if (!resettingFor || !newPassword) return;
    setFailure(null);
    try {
      await resetPassword({ variables: { id: resettingFor.id, newPassword } });
      setMessage(t('admin.person.passwordReset', { name: resettingFor.name }));
      setResettingFor(null);
      setNewPassword('');
    } catch (error) {
      report(error, () => undefined);
    }
  }

  return (
    <>
      <PageTitle>{t('admin.people')}</PageTitle>
      {message && (
        <p role="status" className="notice notice-success">
          {message}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {editing && (
        <section aria-labelledby="edit-person-heading" className="card">
          <h2 id="edit-person-heading" tabIndex={-1} ref={editHeading}>
            {t('admin.person.edit', { name: editing.name })}
          </h2>
          <PersonForm
            key={editing.id}
            idPrefix="edit-person"
            initial={{
              name: editing.name,
              email: editing.email,
              role: editing.role,
              departmentId: editing.department?.id ?? '',
              password: '',
            }}
            departments={departments}
            withPassword={false}
            errors={editErrors}
            busy={updating.loading}
            submitLabel={t('action.save')}
            onSubmit={update}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}

      {resettingFor && (
        <section aria-labelledby="reset-heading" className="card">
          <h2 id="reset-heading" tabIndex={-1} ref={resetHeading}>
            {t('admin.person.resetTitle', { name: resettingFor.name })}
          </h2>
          <form className="form" onSubmit={submitReset}>
            <TextField
              id="reset-password"
              label={t('admin.person.newPassword')}
              type="password"
              autoComplete="new-password"
              required
              value={newPassword}
              onChange={setNewPassword}
            />
            <div className="form-actions">
              <button type="submit" disabled={resetting.loading || !newPassword}>
                {t('admin.person.reset')}
              </button>
              <button type="button" className="button-secondary" onClick={() => setResettingFor(null)}>
                {t('action.cancel')}
              </button>
            </div>
          </form>
        </section>
      )}

      <section aria-labelledby="new-person-heading" className="card">
        <h2 id="new-person-heading">{t('admin.person.new')}</h2>
        <PersonForm
          key={formKey}
          idPrefix="new-person"
          initial={{ name: '', email: '', role: 'VIEWER', departmentId: '', password: '' }}
          departments={departments}
          withPassword
          errors={createErrors}
          busy={creating.loading}
          submitLabel={t('admin.person.create')}
          onSubmit={create}
        />
      </section>

      {data && (
        <section aria-labelledby="people-list-heading" className="card">
          <h2 id="people-list-heading">{t('admin.people.list')}</h2>
          <div className="list-toolbar">
            <div className="field">
              <label htmlFor="people-search">{t('admin.people.search')}</label>
              <input
                id="people-search"
                type="search"
                value={search}
                aria-describedby="people-search-hint"
                onChange={(event) => setSearch(event.target.value)}
              />
              <p id="people-search-hint" className="hint">
                {t('admin.people.search.hint')}
              </p>
            </div>
            <p role="status" className="result-count">
              {n('admin.people.count', shown.length)}
            </p>
          </div>
          {shown.length === 0 ? (
            <p>{t('admin.people.none')}</p>
          ) : (
            <TableWrap label={t('admin.people')}>
              <table className="table">
                <caption className="visually-hidden">{t('admin.people')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('person.name')}</th>
                    <th scope="col">{t('person.email')}</th>
                    <th scope="col">{t('person.role')}</th>
                    <th scope="col">{t('person.department')}</th>
                    <th scope="col">{t('person.status')}</th>
                    <th scope="col">{t('person.createdAt')}</th>
                    <th scope="col">{t('admin.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((person) => (
                    <tr key={person.id} className={person.active ? undefined : 'row-inactive'}>
                      <th scope="row">{person.name}</th>
                      <td>{person.email}</td>
                      <td>{t(`role.${person.role}`)}</td>
                      <td>{person.department ? person.department.code : t('format.none')}</td>
                      <td>{t(person.active ? 'person.active' : 'person.inactive')}</td>
                      <td className="nowrap">{format.date(person.createdAt.slice(0, 10))}</td>
                      <td>
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button-secondary button-small"
                            aria-label={t('admin.person.editFor', { name: person.name })}
                            onClick={() => {
                              setEditErrors({});
                              setEditing(person);
                            }}
                          >
                            {t('action.edit')}
                          </button>
                          <button
                            type="button"
                            className="button-secondary button-small"
                            aria-label={t('admin.person.resetFor', { name: person.name })}
                            onClick={() => setResettingFor(person)}
                          >
                            {t('admin.person.reset')}
                          </button>
                          {person.id !== me?.id && (
                            <button
                              type="button"
                              className="button-secondary button-small"
                              aria-label={t(
                                person.active ? 'admin.person.deactivateFor' : 'admin.person.reactivateFor',
                                {
                                  name: person.name,
                                },
                              )}
                              onClick={() => toggleActive(person)}
                            >
                              {t(person.active ? 'admin.person.deactivate' : 'admin.person.reactivate')}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </section>
      )}
    </>
  );
}
