import { Link } from 'react-router';
import { useI18n } from '../i18n/useI18n';
import { PageTitle } from '../ui/PageTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
