import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SecurityLogDocument } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { TableWrap } from '../../../ui/TableWrap';

/** Sign-ins, failures, tokens and role changes, newest first. */
export function SecurityLogPage() {
  const { t, n, has } = useI18n();
  const format = useFormat();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(SecurityLogDocument, {
    variables: { after: null },
    fetchPolicy: 'cache-and-network',
  });
  const events = data?.securityEvents;
  const kind = (value: string) => {
    const key = `security.kind.${value}`;
    return has(key) ? t(key) : value;
  };

  async function loadMore() {
    if (!events?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: events.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          securityEvents: {
            ...fetchMoreResult.securityEvents,
            nodes: [...previous.securityEvents.nodes, ...fetchMoreResult.securityEvents.nodes],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageTitle>{t('admin.securityLog')}</PageTitle>
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {events && events.nodes.length === 0 && <p>{t('security.none')}</p>}
      {events && events.nodes.length > 0 && (
        <TableWrap label={t('admin.securityLog')}>
          <table className="table">
            <caption className="visually-hidden">{t('admin.securityLog')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('security.at')}</th>
                <th scope="col">{t('security.kind')}</th>
                <th scope="col">{t('security.actor')}</th>
                <th scope="col">{t('security.subject')}</th>
                <th scope="col">{t('security.email')}</th>
                <th scope="col">{t('security.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {events.nodes.map((event) => (
                <tr key={event.id}>
                  <td className="nowrap">{format.dateTime(event.at)}</td>
                  <td>
                    {kind(event.kind)}
                    {event.fromRole && event.toRole && (
                      <span className="cell-note">
                        {t('security.roleChange', {
                          from: t(`role.${event.fromRole}`),
                          to: t(`role.${event.toRole}`),
                        })}
                      </span>
                    )}
                  </td>
                  <td>{event.actor?.name ?? t('format.none')}</td>
                  <td>{event.subject?.name ?? t('format.none')}</td>
                  <td>{event.email ?? t('format.none')}</td>
                  <td className="mono">{event.ipAddress ?? t('format.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {events && (
        <p className="muted" role="status">
          {n('audit.shown', events.totalCount, { shown: events.nodes.length, total: events.totalCount })}
        </p>
      )}
      {events?.pageInfo.hasNextPage && (
        <button type="button" className="button-secondary" onClick={loadMore} disabled={loadingMore}>
          {t('audit.more')}
        </button>
      )}
    </>
  );
}
