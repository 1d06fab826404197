import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { PageTitle } from '../../../ui/PageTitle';
import { useSignInOptions } from '../hooks/useSignInOptions';

/** The reasons that the API's single sign-on names when it sends the browser here. */
const REASONS = ['unknown-person', 'deactivated', 'no-email', 'provider-unavailable', 'refused', 'expired'] as const;
type Reason = (typeof REASONS)[number] | 'failed';

/** Where a single sign-on that failed ends: what went wrong, in words, and the ways to go on. */
export function SignInErrorPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const given = params.get('grund');
  const reason: Reason = REASONS.find((known) => known === given) ?? 'failed';
  const { singleSignOn } = useSignInOptions();
  // Trying again helps where the provider or the moment was at fault, not the account.
  const retry =
    reason === 'provider-unavailable' || reason === 'expired' || reason === 'refused' || reason === 'failed';

  return (
    <>
      <PageTitle>{t('signIn.error.title')}</PageTitle>
      <div className="card sign-in-error">
        <p role="alert" className="notice notice-error">
          {t(`signIn.error.${reason}`)}
        </p>
        <p>{t(retry ? 'signIn.error.retryHint' : 'signIn.error.contactHint')}</p>
        <p className="actions">
          {retry && singleSignOn && (
            <a className="button-link" href={singleSignOn.signInHref('/')}>
              {t('signIn.error.retry')}
            </a>
          )}
          <Link to="/anmelden">{t('signIn.error.toSignIn')}</Link>
        </p>
      </div>
    </>
  );
}
