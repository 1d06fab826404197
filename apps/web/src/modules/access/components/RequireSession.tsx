import { Navigate, Outlet, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { Loading } from '../../../ui/Loading';
import { useSession } from '../hooks/useSession';
import { signInPath } from '../return-path';

/** The routes below need a signed-in person; anyone else goes to sign-in and comes back afterwards. */
export function RequireSession() {
  const { state, retry } = useSession();
  const { t } = useI18n();
  const location = useLocation();

  if (state.status === 'checking') return <Loading />;
  if (state.status === 'unreachable') {
    return (
      <div role="alert" className="notice notice-error">
        <p>{t('error.NETWORK')}</p>
        <button type="button" onClick={retry}>
          {t('action.retry')}
        </button>
      </div>
    );
  }
  if (state.status === 'signedOut') {
    const to = state.deliberate ? '/anmelden' : signInPath(location.pathname + location.search);
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
