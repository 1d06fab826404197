import { useQuery } from '@apollo/client/react';
import { FormEvent, useRef, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { errorCode } from '../../../graphql/errors';
import { DemoAccountsDocument } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { usePageTitle } from '../../../ui/PageTitle';
import { SystemStatus } from '../../system/components/SystemStatus';
import { useSession } from '../hooks/useSession';
import { useSignInOptions } from '../hooks/useSignInOptions';
import { RETURN_PARAM, safeReturnPath } from '../return-path';

/** The start page for anyone not signed in: the sign-in form, the demo accounts, the system status. */
export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('signIn.title'));

  const demo = useQuery(DemoAccountsDocument, { fetchPolicy: 'network-only' });
  const options = useSignInOptions();
  const { singleSignOn } = options;

  if (session.state.status === 'signedIn') return <Navigate to={returnTo} replace />;
  const expired = session.state.status === 'signedOut' && session.state.expired;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await session.signIn(email.trim(), password);
    } catch (error) {
      const code = errorCode(error) ?? 'UNKNOWN';
      setFailure(code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' ? t('signIn.failed') : t(`error.${code}`));
      setBusy(false);
    }
  }

  function chooseAccount(accountEmail: string) {
    setEmail(accountEmail);
    passwordRef.current?.focus();
  }

  const accounts = demo.data?.demoAccounts ?? [];

  return (
    <div className="sign-in">
      <h1>{t('app.name')}</h1>
      <p className="lead">{t('signIn.intro')}</p>
      <div className="sign-in-grid">
        {singleSignOn && (
          <section aria-labelledby="sso-heading" className="card">
            <h2 id="sso-heading">{t('signIn.sso.title')}</h2>
            {expired && !options.localLogin && (
              <p role="status" className="notice">
                {t('signIn.expired')}
              </p>
            )}
            <p>{t('signIn.sso.intro')}</p>
            <a className="button-link sso-button" href={singleSignOn.signInHref(returnTo)}>
              {singleSignOn.label}
            </a>
          </section>
        )}
        {options.localLogin && (
          <section aria-labelledby="sign-in-heading" className="card">
            <h2 id="sign-in-heading">{t(singleSignOn ? 'signIn.local.title' : 'signIn.title')}</h2>
            {expired && (
              <p role="status" className="notice">
                {t('signIn.expired')}
              </p>
            )}
            {failure && (
              <p role="alert" className="notice notice-error">
                {failure}
              </p>
            )}
            <form onSubmit={submit} className="form">
              <div className="field">
                <label htmlFor="sign-in-email">{t('signIn.email')}</label>
                <input
                  id="sign-in-email"
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="sign-in-password">{t('signIn.password')}</label>
                <input
                  id="sign-in-password"
                  ref={passwordRef}
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                />
              </div>
              <button type="submit" disabled={busy}>
                {t('signIn.submit')}
              </button>
            </form>
          </section>
        )}
        {accounts.length > 0 && (
          <section aria-labelledby="demo-heading" className="card">
            <h2 id="demo-heading">{t('signIn.demo.title')}</h2>
            <p>{t('signIn.demo.intro')}</p>
            <ul className="demo-accounts">
              {accounts.map((account) => (
                <li key={account.email}>
                  <span>
                    <strong>{account.name}</strong> – {t(`role.${account.role}`)}
                    <br />
                    <span className="muted">{account.email}</span>
                  </span>
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => chooseAccount(account.email)}
                    aria-label={t('signIn.demo.use', { name: account.name })}
                  >
                    {t('signIn.demo.useShort')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <SystemStatus />
      </div>
    </div>
  );
}
