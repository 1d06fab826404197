import { useQuery } from '@apollo/client/react';
import type { HistoryKind } from '@leitstand/shared-domain';
import { useState } from 'react';
import { ProjectHistoryDocument } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { useAuditText } from '../hooks/useAuditText';
import { TableWrap } from '../../../ui/TableWrap';

/** The kinds of record that a project's history speaks of, as its filter offers them. */
const PROJECT_KINDS = ['Project', 'StatusUpdate', 'Milestone', 'Kpi', 'Risk'] as const satisfies readonly HistoryKind[];

/** Every change to the project and what belongs to it: who, when, from what to what; all or of one kind. */
export function ChangeHistory({ projectId }: { projectId: string }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const text = useAuditText();
  const [loadingMore, setLoadingMore] = useState(false);
  const [kind, setKind] = useState<HistoryKind | ''>('');
  const { data, error, loading, refetch, fetchMore } = useQuery(ProjectHistoryDocument, {
    variables: { id: projectId, after: null, entityTypes: kind ? [kind] : null },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.node?.__typename === 'Project' ? data.node.history : null;

  async function loadMore() {
    if (!history?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: history.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.node?.__typename === 'Project' ? previous.node.history : null;
          const more = fetchMoreResult.node?.__typename === 'Project' ? fetchMoreResult.node : null;
          if (!before || !more || previous.node?.__typename !== 'Project') return previous;
          return {
            ...previous,
            node: {
              ...previous.node,
              history: { ...more.history, nodes: [...before.nodes, ...more.history.nodes] },
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section id="history" aria-labelledby="history-heading" className="card">
      <h2 id="history-heading">{t('project.section.history')}</h2>
      <p className="history-filter">
        <label htmlFor="history-kind">{t('audit.kind.label')}</label>{' '}
        <select id="history-kind" value={kind} onChange={(event) => setKind(event.target.value as HistoryKind | '')}>
          <option value="">{t('audit.kind.all')}</option>
          {PROJECT_KINDS.map((one) => (
            <option key={one} value={one}>
              {t(`audit.kind.${one}`)}
            </option>
          ))}
        </select>
      </p>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {history && history.nodes.length === 0 && <p>{t('audit.none')}</p>}
      {history && history.nodes.length > 0 && (
        <TableWrap label={t('project.section.history')}>
          <table className="table">
            <caption className="visually-hidden">{t('project.section.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {history.nodes.map((event) => (
                <tr key={event.id}>
                  <td className="nowrap">{format.dateTime(event.at)}</td>
                  <td>{event.actor?.name ?? t('audit.system')}</td>
                  <td>{text.action(event.action)}</td>
                  <td>
                    {event.changes.length > 0 && (
                      <ul className="plain-list changes">
                        {event.changes.map((change, index) => (
                          <li key={`${change.field}-${index}`}>
                            {t('audit.change', {
                              field: text.field(change.field),
                              from: text.value(change.field, change.fromDisplay ?? change.from),
                              to: text.value(change.field, change.toDisplay ?? change.to),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {history && (
        <p className="muted" role="status">
          {n('audit.shown', history.totalCount, { shown: history.nodes.length, total: history.totalCount })}
        </p>
      )}
      {history?.pageInfo.hasNextPage && (
        <button type="button" className="button-secondary" onClick={loadMore} disabled={loadingMore}>
          {t('audit.more')}
        </button>
      )}
    </section>
  );
}
