import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { useSession } from '../modules/access/hooks/useSession';
import { useSignInOptions } from '../modules/access/hooks/useSignInOptions';
import { isAdmin, managesPortfolio } from '../modules/access/permissions';
import { Loading } from '../ui/Loading';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every page: skip link, banner with navigation, main content, footer. */
export function Layout() {
  const { t } = useI18n();
  const { person, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { singleSignOn } = useSignInOptions();

  async function handleSignOut() {
    await signOut();
    // Where single sign-on is offered, the server signs out at the provider too (if the session came from it).
    if (singleSignOn) window.location.assign(singleSignOn.signOutPath);
    else navigate('/anmelden', { replace: true });
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-bar">
          <p className="brand">
            <Link to="/" className="brand-name">
              {t('app.name')}
            </Link>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </p>
          <div className="header-tools">
            {person && (
              <div className="user-box">
                <span>
                  {t('session.signedInAs', { name: person.name })}
                  <span className="user-role"> ({t(`role.${person.role}`)})</span>
                </span>
                <Link to="/konto">{t('nav.account')}</Link>
                <button type="button" className="button-inverse" onClick={handleSignOut}>
                  {t('session.signOut')}
                </button>
              </div>
            )}
            <LanguageSwitch />
          </div>
        </div>
        {person && (
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.dashboard')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/projekte">{t('nav.projects')}</NavLink>
              </li>
              <li>
                <NavLink to="/roadmap">{t('nav.roadmap')}</NavLink>
              </li>
              <li>
                <NavLink to="/sachstandsbericht">{t('nav.report')}</NavLink>
              </li>
              {managesPortfolio(person) && (
                <li>
                  <NavLink to="/strategien">{t('nav.strategies')}</NavLink>
                </li>
              )}
              {isAdmin(person) && (
                <li>
                  <NavLink to="/verwaltung">{t('nav.admin')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      {/* data-path names the route that is rendered; it trails the address while a page loads. */}
      <main id="main" tabIndex={-1} data-path={location.pathname}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('footer.text')}</p>
        <p>
          <Link to="/barrierefreiheit">{t('nav.accessibility')}</Link>
        </p>
      </footer>
    </>
  );
}
