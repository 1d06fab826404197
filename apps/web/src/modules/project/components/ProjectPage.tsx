import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { ProjectPageDocument } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { HealthBadge } from '../../../ui/HealthBadge';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useSession } from '../../access/hooks/useSession';
import { mayEditProject } from '../../access/permissions';
import { ChangeHistory } from '../../audit/components/ChangeHistory';
import { ProjectKpis } from '../../kpi/components/ProjectKpis';
import { ProjectMilestones } from '../../milestone/components/ProjectMilestones';
import { ProjectRisks } from '../../risk/components/ProjectRisks';
import { StatusHistory } from '../../status/components/StatusHistory';
import { projectPeople } from '../project-editor';
import { ProjectAdministration } from './ProjectAdministration';
import { EndangeredNotice } from './Endangerment';
import { ProjectDependenciesSection } from './ProjectDependenciesSection';
import { ProjectFactsSection } from './ProjectFactsSection';

/** One project: where it stands, who leads it, its milestones, reports, figures, risks and history. */
export function ProjectPage() {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const { code = '' } = useParams();
  const { person } = useSession();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const { data, error, loading, refetch } = useQuery(ProjectPageDocument, {
    variables: { code },
    fetchPolicy: 'cache-and-network',
  });

  if (error && !data) {
    return (
      <>
        <PageTitle>{t('project.page')}</PageTitle>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (loading && !data) return <Loading />;
  const project = data?.project;
  if (!project) {
    return (
      <>
        <PageTitle>{t('project.notFound.title')}</PageTitle>
        <p>{t('project.notFound', { code })}</p>
        <p>
          <Link to="/projekte">{t('project.backToList')}</Link>
        </p>
      </>
    );
  }

  const mayEdit = mayEditProject(person, project);
  const editor = mayEdit ? { projectId: project.id, people: projectPeople(project) } : null;
  const sections = [
    ['milestones', t('project.section.milestones')],
    ['status', t('project.section.status')],
    ['kpis', t('project.section.kpis')],
    ['risks', t('project.section.risks')],
    ['dependencies', t('project.section.dependencies')],
    ['history', t('project.section.history')],
  ] as const;

  return (
    <article className="project-page">
      <p className="breadcrumb no-print">
        <Link to="/projekte">{t('project.backToList')}</Link>
      </p>
      <div className="page-head">
        <PageTitle title={`${project.code} ${project.title}`}>
          <span className="project-code">{project.code}</span> <span lang={lang}>{project.title}</span>
        </PageTitle>
        <div className="page-actions">
          <button type="button" className="button-secondary no-print" onClick={() => window.print()}>
            {t('project.print')}
          </button>
          {mayEdit && (
            <Link className="button-link" to={`/projekte/${encodeURIComponent(project.code)}/statusbericht`}>
              {t('status.new')}
            </Link>
          )}
        </div>
      </div>
      <p className="print-only">
        {t('project.printedAt', {
          printed: format.dateTime(new Date().toISOString()),
          report: project.statusUpdates.nodes[0]
            ? format.dateTime(project.statusUpdates.nodes[0].createdAt)
            : t('dashboard.neverReported'),
        })}
      </p>
      {saved && (
        <p role="status" className="notice notice-success">
          {t('project.saved')}
        </p>
      )}
      <ProjectAdministration project={project} onReload={refetch} />
      <ul className="project-badges" aria-label={t('project.state')}>
        <li>
          <span className="visually-hidden">{t('project.health')}: </span>
          <HealthBadge health={project.health} reported={project.statusUpdates.totalCount > 0} />
        </li>
        <li>
          <span className="muted">{t('project.phase')}:</span> {t(`phase.${project.phase}`)}
        </li>
        <li>
          <span className="muted">{t('project.progress')}:</span> <ProgressBar value={project.progress} />
        </li>
      </ul>
      <EndangeredNotice endangerments={project.endangeredBy} />
      {project.summary && (
        <p className="project-summary" lang={lang}>
          {project.summary}
        </p>
      )}
      <ProjectFactsSection project={project} editable={mayEdit} onReload={refetch} />
      <nav aria-label={t('project.sections')} className="section-nav no-print">
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ProjectMilestones milestones={project.milestones} editor={editor} />
      <StatusHistory updates={project.statusUpdates} />
      <ProjectKpis kpis={project.kpis} editor={editor} />
      <ProjectRisks risks={project.risks} editor={editor} />
      <ProjectDependenciesSection project={project} editable={mayEdit} onReload={refetch} />
      <ChangeHistory projectId={project.id} />
    </article>
  );
}
