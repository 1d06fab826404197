import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { StatusReportFormDocument } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { useSession } from '../../access/hooks/useSession';
import { mayEditProject } from '../../access/permissions';
import { StatusReportForm } from './StatusReportForm';

/** The project lead's two-minute report: one form for status, milestone forecasts and key figures. */
export function StatusReportPage() {
  const { t } = useI18n();
  const lang = useContentLang();
  const { code = '' } = useParams();
  const { person } = useSession();
  const { data, error, loading, refetch } = useQuery(StatusReportFormDocument, {
    variables: { code },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const project = data?.project;

  if (error && !data) {
    return (
      <>
        <PageTitle>{t('status.title')}</PageTitle>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (loading && !data) return <Loading />;
  if (!project) {
    return (
      <>
        <PageTitle>{t('project.notFound.title')}</PageTitle>
        <p>{t('project.notFound', { code })}</p>
      </>
    );
  }
  const projectLink = `/projekte/${encodeURIComponent(project.code)}`;
  if (!mayEditProject(person, project)) {
    return (
      <>
        <PageTitle>{t('status.title')}</PageTitle>
        <p role="alert" className="notice notice-error">
          {t('status.forbidden')}
        </p>
        <p>
          <Link to={projectLink}>{t('status.backToProject')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={projectLink}>{t('status.backToProject')}</Link>
      </p>
      <PageTitle title={`${t('status.title')}: ${project.code}`}>
        {t('status.title')}: <span className="project-code">{project.code}</span>{' '}
        <span lang={lang}>{project.title}</span>
      </PageTitle>
      <StatusReportForm project={project} reloading={loading} onReload={() => refetch().then(() => undefined)} />
    </>
  );
}
