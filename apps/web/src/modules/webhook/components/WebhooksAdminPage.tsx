import { FormEvent, useEffect, useRef, useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import type { AdminWebhookFragment, WebhookEvent } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { apiFieldErrors } from '../../../ui/form/apiFieldErrors';
import { TextField } from '../../../ui/form/TextField';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { useCreateWebhook } from '../hooks/useCreateWebhook';
import { useDeleteWebhook } from '../hooks/useDeleteWebhook';
import { useWebhooks } from '../hooks/useWebhooks';
import { WebhookDeliveries } from './WebhookDeliveries';

export const WEBHOOK_EVENTS: readonly WebhookEvent[] = [
  'PROJECT_CREATED',
  'PROJECT_UPDATED',
  'PROJECT_ARCHIVED',
  'STATUS_POSTED',
  'MILESTONE_COMPLETED',
  'MILESTONE_SLIPPED',
  'RISK_CREATED',
  'RISK_UPDATED',
];

/** Webhooks: other systems that receive the portfolio's events. Create one (its secret shown once), see its deliveries, remove it. */
export function WebhooksAdminPage() {
  const { t } = useI18n();
  const format = useFormat();
  const { data, error, loading, refetch } = useWebhooks();
  const { create, creating } = useCreateWebhook();
  const remove = useDeleteWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['STATUS_POSTED']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [secret, setSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const secretRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (secret) secretRef.current?.select();
  }, [secret]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setMessage(null);
    const found: Record<string, string> = {};
    if (!url.trim()) found.url = t('form.error.required');
    if (events.length === 0) found.events = t('webhook.error.events');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      setSecret(await create({ url: url.trim(), description: description.trim() || null, events }));
      setUrl('');
      setDescription('');
    } catch (caught) {
      const { fields } = apiFieldErrors(caught, ['url', 'events', 'description']);
      if (errorCode(caught) === 'BAD_USER_INPUT' && Object.keys(fields).length)
        setErrors(
          Object.fromEntries(
            Object.entries(fields).map(([field, why]) => [
              field,
              t(`webhook.error.${field === 'url' ? 'url' : 'input'}`, { why }),
            ]),
          ),
        );
      else setFailure(caught);
    }
  }

  async function removeWebhook(webhook: AdminWebhookFragment) {
    if (!window.confirm(t('webhook.confirmDelete', { url: webhook.url }))) return;
    setFailure(null);
    try {
      await remove(webhook.id);
      setMessage(t('webhook.deleted', { url: webhook.url }));
    } catch (caught) {
      setFailure(caught);
    }
  }

  const webhooks = data?.webhooks ?? [];
  return (
    <>
      <PageTitle>{t('admin.webhooks')}</PageTitle>
      <p>{t('webhook.intro')}</p>
      {message && (
        <p role="status" className="notice notice-success">
          {message}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {secret && (
        <div className="notice notice-warning" role="status">
          <p>{t('webhook.created')}</p>
          <div className="field">
            <label htmlFor="webhook-secret">{t('webhook.secret')}</label>
            <input id="webhook-secret" ref={secretRef} type="text" readOnly value={secret} className="mono" />
          </div>
          <div className="form-actions">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
              {t('admin.token.copy')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setSecret(null)}>
              {t('admin.token.hide')}
            </button>
          </div>
        </div>
      )}
      {error && !data && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && webhooks.length === 0 && <p>{t('webhook.none')}</p>}
      {webhooks.map((webhook) => (
        <section key={webhook.id} className="card" aria-labelledby={`webhook-${webhook.id}`}>
          <h2 id={`webhook-${webhook.id}`} className="mono">
            {webhook.url}
          </h2>
          {webhook.description && <p>{webhook.description}</p>}
          <dl className="facts">
            <dt>{t('webhook.events')}</dt>
            <dd>{webhook.events.map((name) => t(`webhook.event.${name}`)).join(', ')}</dd>
            <dt>{t('admin.token.createdAt')}</dt>
            <dd>{format.dateTime(webhook.createdAt)}</dd>
          </dl>
          <WebhookDeliveries webhook={webhook} onFailure={setFailure} />
          <div className="form-actions">
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={t('webhook.deleteFor', { url: webhook.url })}
              onClick={() => void removeWebhook(webhook)}
            >
              {t('webhook.delete')}
            </button>
          </div>
        </section>
      ))}
      <section aria-labelledby="new-webhook-heading" className="card">
        <h2 id="new-webhook-heading">{t('webhook.new')}</h2>
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            id="webhook-url"
            label={t('webhook.url')}
            hint={t('webhook.url.hint')}
            required
            value={url}
            error={errors.url}
            onChange={setUrl}
          />
          <TextField
            id="webhook-description"
            label={t('webhook.description')}
            value={description}
            error={errors.description}
            onChange={setDescription}
          />
          <fieldset className="checkbox-group" aria-describedby={errors.events ? 'webhook-events-error' : undefined}>
            <legend>{t('webhook.events')}</legend>
            {WEBHOOK_EVENTS.map((name) => (
              <label key={name}>
                <input
                  type="checkbox"
                  checked={events.includes(name)}
                  onChange={(event) =>
                    setEvents(event.target.checked ? [...events, name] : events.filter((other) => other !== name))
                  }
                />
                {t(`webhook.event.${name}`)}
              </label>
            ))}
            {errors.events && (
              <p id="webhook-events-error" className="field-error">
                {errors.events}
              </p>
            )}
          </fieldset>
          <div className="form-actions">
            <button type="submit" disabled={creating}>
              {t('webhook.create')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
