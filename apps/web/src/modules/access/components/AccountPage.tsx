import { useMutation } from '@apollo/client/react';
import { FormEvent, useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import { ChangeMyPasswordDocument } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { apiFieldErrors } from '../../../ui/form/apiFieldErrors';
import { TextField } from '../../../ui/form/TextField';
import { PageTitle } from '../../../ui/PageTitle';
import { useSession } from '../hooks/useSession';

/** The signed-in person's account: who they are, and a new password. */
export function AccountPage() {
  const { t } = useI18n();
  const { person } = useSession();
  const [changePassword, { loading }] = useMutation(ChangeMyPasswordDocument);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setFailure(null);
    const found: Record<string, string> = {};
    if (!current) found.currentPassword = t('form.error.required');
    if (!next) found.newPassword = t('form.error.required');
    else if (next !== repeat) found.repeat = t('account.error.repeat');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await changePassword({ variables: { currentPassword: current, newPassword: next } });
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (caught) {
      const code = errorCode(caught);
      const { fields } = apiFieldErrors(caught, ['currentPassword', 'newPassword']);
      if (code === 'BAD_USER_INPUT' && Object.keys(fields).length) setErrors(fields);
      else if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT')
        setErrors({ currentPassword: t('account.error.current') });
      else setFailure(caught);
    }
  }

  if (!person) return null;
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <section aria-labelledby="me-heading" className="card">
        <h2 id="me-heading">{t('account.me')}</h2>
        <dl className="facts">
          <dt>{t('person.name')}</dt>
          <dd>{person.name}</dd>
          <dt>{t('person.email')}</dt>
          <dd>{person.email}</dd>
          <dt>{t('person.role')}</dt>
          <dd>{t(`role.${person.role}`)}</dd>
          <dt>{t('person.department')}</dt>
          <dd>{person.department ? `${person.department.code} – ${person.department.name}` : t('format.none')}</dd>
        </dl>
      </section>
      <section aria-labelledby="password-heading" className="card">
        <h2 id="password-heading">{t('account.password')}</h2>
        {done && (
          <p role="status" className="notice notice-success">
            {t('account.password.changed')}
          </p>
        )}
        {failure !== null && <ErrorNotice error={failure} />}
        <form className="form" onSubmit={submit} noValidate>
          {/* Lets password managers file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={person.email} />
          <TextField
            id="current-password"
            label={t('account.password.current')}
            type="password"
            autoComplete="current-password"
            required
            value={current}
            error={errors.currentPassword}
            onChange={setCurrent}
          />
          <TextField
            id="new-password"
            label={t('account.password.new')}
            type="password"
            autoComplete="new-password"
            required
            value={next}
            error={errors.newPassword}
            onChange={setNext}
          />
          <TextField
            id="repeat-password"
            label={t('account.password.repeat')}
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            error={errors.repeat}
            onChange={setRepeat}
          />
          <div className="form-actions">
            <button type="submit" disabled={loading}>
              {t('account.password.submit')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
