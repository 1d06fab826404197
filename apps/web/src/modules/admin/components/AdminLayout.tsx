import { NavLink, Outlet } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

/** Administration: people, departments, API tokens, the security log and webhooks, one sub-page each. */
export function AdminLayout() {
  const { t } = useI18n();
  return (
    <div className="admin">
      <nav aria-label={t('admin.nav')} className="sub-nav">
        <ul>
          <li>
            <NavLink to="/verwaltung/personen">{t('admin.people')}</NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/aemter">{t('admin.departments')}</NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/api-tokens">{t('admin.tokens')}</NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/sicherheitsprotokoll">{t('admin.securityLog')}</NavLink>
          </li>
          <li>
            <NavLink to="/verwaltung/webhooks">{t('admin.webhooks')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
