import { useMutation, useQuery } from '@apollo/client/react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import {
  AdminApiTokenFragment,
  AdminApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
} from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { apiFieldErrors } from '../../../ui/form/apiFieldErrors';
import { SelectField } from '../../../ui/form/SelectField';
import { TextField } from '../../../ui/form/TextField';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { TableWrap } from '../../../ui/TableWrap';

function tokenState(token: AdminApiTokenFragment, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** API tokens for reporting tools: issue one (shown once), see when it was used, revoke it. */
export function ApiTokensAdminPage() {
  const { t } = useI18n();
  const format = useFormat();
  const { data, error, loading, refetch } = useQuery(AdminApiTokensDocument, { fetchPolicy: 'cache-and-network' });
  const [createToken, creating] = useMutation(CreateApiTokenDocument, {
    refetchQueries: [{ query: AdminApiTokensDocument }],
  });
  const [revokeToken] = useMutation(RevokeApiTokenDocument);
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [now] = useState(() => Date.now());
  const tokenRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (created) tokenRef.current?.select();
  }, [created]);

  const people = (data?.allPeople ?? []).filter((person) => person.active);
  const tokens = [...(data?.apiTokens ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setMessage(null);
    const found: Record<string, string> = {};
    if (!personId) found.personId = t('form.error.required');
    if (!name.trim()) found.name = t('form.error.required');
    if (days.trim() && !/^\d{1,4}$/.test(days.trim())) found.expiresInDays = t('admin.token.error.days');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const result = await createToken({
        variables: {
          input: {
            personId,
            name: name.trim(),
            ...(days.trim() ? { expiresInDays: Number(days.trim()) } : {}),
          },
        },
      });
      if (result.data) setCreated({ token: result.data.createApiToken.token, name: name.trim() });
      setName('');
    } catch (caught) {
      const { fields } = apiFieldErrors(caught, ['personId', 'name', 'expiresInDays']);
      if (errorCode(caught) === 'BAD_USER_INPUT' && Object.keys(fields).length) setErrors(fields);
      else setFailure(caught);
    }
  }

  async function revoke(token: AdminApiTokenFragment) {
    if (!window.confirm(t('admin.token.confirmRevoke', { name: token.name }))) return;
    setFailure(null);
    try {
      await revokeToken({ variables: { id: token.id } });
      setMessage(t('admin.token.revoked', { name: token.name }));
    } catch (caught) {
      setFailure(caught);
    }
  }

  return (
    <>
      <PageTitle>{t('admin.tokens')}</PageTitle>
      <p>{t('admin.tokens.intro')}</p>
      {message && (
        <p role="status" className="notice notice-success">
          {message}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {created && (
        <div className="notice notice-warning" role="status">
          <p>{t('admin.token.created', { name: created.name })}</p>
          <div className="field">
            <label htmlFor="created-token">{t('admin.token.value')}</label>
            <input id="created-token" ref={tokenRef} type="text" readOnly value={created.token} className="mono" />
          </div>
          <div className="form-actions">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(created.token)}>
              {t('admin.token.copy')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setCreated(null)}>
              {t('admin.token.hide')}
            </button>
          </div>
        </div>
      )}
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && tokens.length === 0 && <p>{t('admin.token.none')}</p>}
      {tokens.length > 0 && (
        <TableWrap label={t('admin.tokens')}>
          <table className="table">
            <caption className="visually-hidden">{t('admin.tokens')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.token.name')}</th>
                <th scope="col">{t('admin.token.person')}</th>
                <th scope="col">{t('admin.token.createdAt')}</th>
                <th scope="col">{t('admin.token.expiresAt')}</th>
                <th scope="col">{t('admin.token.lastUsedAt')}</th>
                <th scope="col">{t('admin.token.state')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const state = tokenState(token, now);
                return (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{token.person.name}</td>
                    <td className="nowrap">{format.dateTime(token.createdAt)}</td>
                    <td className="nowrap">
                      {token.expiresAt ? format.dateTime(token.expiresAt) : t('admin.token.never')}
                    </td>
                    <td className="nowrap">
                      {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('admin.token.unused')}
                    </td>
                    <td>{t(`admin.token.state.${state}`)}</td>
                    <td>
                      {state === 'active' && (
                        <button
                          type="button"
                          className="button-secondary button-small"
                          aria-label={t('admin.token.revokeFor', { name: token.name })}
                          onClick={() => revoke(token)}
                        >
                          {t('admin.token.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <section aria-labelledby="new-token-heading" className="card">
        <h2 id="new-token-heading">{t('admin.token.new')}</h2>
        <form className="form" onSubmit={submit} noValidate>
          <div className="field-row">
            <SelectField
              id="token-person"
              label={t('admin.token.person')}
              value={personId}
              error={errors.personId}
              options={[
                { value: '', label: t('admin.token.choosePerson') },
                ...people.map((person) => ({ value: person.id, label: person.name })),
              ]}
              onChange={setPersonId}
            />
            <TextField
              id="token-name"
              label={t('admin.token.name')}
              hint={t('admin.token.name.hint')}
              required
              value={name}
              error={errors.name}
              onChange={setName}
            />
            <TextField
              id="token-days"
              label={t('admin.token.days')}
              hint={t('admin.token.days.hint')}
              inputMode="numeric"
              value={days}
              error={errors.expiresInDays}
              onChange={setDays}
            />
          </div>
          <div className="form-actions">
            <button type="submit" disabled={creating.loading}>
              {t('admin.token.create')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
