import type { AdminWebhookFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { TableWrap } from '../../../ui/TableWrap';
import { useRetryWebhookDelivery } from '../hooks/useRetryWebhookDelivery';

/** A webhook's newest deliveries: the event, when, how often tried, the receiver's last answer; "Erneut senden" for what is not delivered. */
export function WebhookDeliveries({
  webhook,
  onFailure,
}: {
  webhook: AdminWebhookFragment;
  onFailure: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const retry = useRetryWebhookDelivery();
  const caption = t('webhook.deliveries', { url: webhook.url });
  if (webhook.deliveries.nodes.length === 0) return <p>{t('webhook.deliveries.none')}</p>;
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption>
          {t('webhook.deliveries.heading', {
            shown: webhook.deliveries.nodes.length,
            count: webhook.deliveries.totalCount,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('webhook.delivery.event')}</th>
            <th scope="col">{t('webhook.delivery.createdAt')}</th>
            <th scope="col">{t('webhook.delivery.attempts')}</th>
            <th scope="col">{t('webhook.delivery.answer')}</th>
            <th scope="col">{t('webhook.delivery.state')}</th>
            <th scope="col">{t('admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {webhook.deliveries.nodes.map((delivery) => {
            const state = delivery.deliveredAt ? 'delivered' : delivery.failed ? 'failed' : 'pending';
            return (
              <tr key={delivery.id}>
                <th scope="row">{t(`webhook.event.${delivery.event}`)}</th>
                <td className="nowrap">{format.dateTime(delivery.createdAt)}</td>
                <td>{delivery.attempts}</td>
                <td>
                  {delivery.lastStatus !== null && delivery.lastStatus !== undefined
                    ? `HTTP ${delivery.lastStatus}`
                    : t('webhook.delivery.noAnswer')}
                  {delivery.lastError && <span className="hint"> ({delivery.lastError})</span>}
                </td>
                <td>
                  {state === 'delivered'
                    ? t('webhook.delivery.delivered', { when: format.dateTime(delivery.deliveredAt!) })
                    : t(`webhook.delivery.${state}`)}
                </td>
                <td>
                  {state !== 'delivered' && (
                    <button
                      type="button"
                      className="button-secondary button-small"
                      onClick={() => void retry(delivery.id).catch(onFailure)}
                    >
                      {t('webhook.delivery.retry')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
