import { Outlet } from 'react-router';
import type { Role } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { PageTitle } from '../../../ui/PageTitle';
import { useSession } from '../hooks/useSession';

/** The routes below are for these roles only; anyone else is told so (the API refuses them anyway). */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { person } = useSession();
  const { t } = useI18n();
  if (!person || !roles.includes(person.role)) {
    return (
      <>
        <PageTitle>{t('error.FORBIDDEN.title')}</PageTitle>
        <p>{t('error.FORBIDDEN')}</p>
      </>
    );
  }
  return <Outlet />;
}
