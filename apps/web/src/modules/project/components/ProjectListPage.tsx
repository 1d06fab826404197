import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ProjectListDocument } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { useSession } from '../../access/hooks/useSession';
import { managesPortfolio } from '../../access/permissions';
import { EMPTY_FILTER, filterQuery, toProjectFilter, writeFilter, writeView } from '../filter-url';
import { usePageCursor } from '../hooks/usePageCursor';
import { useProjectView } from '../hooks/useProjectView';
import { ExportLinks } from './ExportLinks';
import { ProjectFilterForm } from './ProjectFilterForm';
import { ProjectSortControls } from './ProjectSortControls';
import { ProjectTable } from './ProjectTable';

export const PAGE_SIZE = 25;

/** Every project of the portfolio: filter, sort, page through, export the view (from the server, every page). */
export function ProjectListPage() {
  const { t, n } = useI18n();
  const { person } = useSession();
  const { view, setView, setFilter } = useProjectView();

  const filter = toProjectFilter(view.filter);
  const orderBy = { field: view.sort.field, direction: view.sort.direction };
  const page = usePageCursor(filter, orderBy, (view.page - 1) * PAGE_SIZE);
  const { data, previousData, error, loading, refetch } = useQuery(ProjectListDocument, {
    variables: { filter, orderBy, first: PAGE_SIZE, after: page.cursor },
    skip: !page.ready,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const total = shown?.projects.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <div className="page-head">
        <PageTitle>{t('projects.title')}</PageTitle>
        {person && (
          <p className="no-print page-head-links">
            <Link to={`/projekte${filterQuery({ ...EMPTY_FILTER, leadId: [person.id] })}`}>{t('projects.mine')}</Link>
            {managesPortfolio(person) && (
              <>
                <Link className="button-link" to="/projekte/neu">
                  {t('projectForm.new.title')}
                </Link>
                <Link className="button-link button-secondary" to="/import">
                  {t('projects.import')}
                </Link>
              </>
            )}
          </p>
        )}
      </div>
      <ProjectFilterForm key={writeFilter(view.filter).toString()} filter={view.filter} onApply={setFilter} />
      <div className="list-toolbar">
        <p role="status" className="result-count">
          {shown ? n('projects.count', total) : ''}
        </p>
        <ProjectSortControls sort={view.sort} onChange={(sort) => setView({ ...view, sort, page: 1 })} />
        <ExportLinks kind="projects" filter={view.filter} sort={view.sort} />
      </div>
      <div aria-busy={loading || !page.ready}>
        {(Boolean(error) || page.error !== undefined) && !shown && (
          <ErrorNotice error={error ?? page.error} onRetry={() => void refetch()} />
        )}
        {(loading || !page.ready) && !shown && <Loading />}
        {shown && shown.projects.nodes.length === 0 && <p>{t('projects.none')}</p>}
        {shown && shown.projects.nodes.length > 0 && <ProjectTable projects={shown.projects.nodes} sort={view.sort} />}
      </div>
      {pages > 1 && (
        <nav aria-label={t('pagination.label')} className="pagination">
          {view.page > 1 ? (
            <Link to={`?${writeView({ ...view, page: view.page - 1 }).toString()}`} rel="prev">
              {t('pagination.previous')}
            </Link>
          ) : (
            <span aria-hidden="true" className="pagination-disabled">
              {t('pagination.previous')}
            </span>
          )}
          <span>{t('pagination.page', { page: view.page, pages })}</span>
          {view.page < pages ? (
            <Link to={`?${writeView({ ...view, page: view.page + 1 }).toString()}`} rel="next">
              {t('pagination.next')}
            </Link>
          ) : (
            <span aria-hidden="true" className="pagination-disabled">
              {t('pagination.next')}
            </span>
          )}
        </nav>
      )}
    </>
  );
}
