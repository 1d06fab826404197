import { useEffect, useRef, useState } from 'react';
import type { StrategiesAdminQuery } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { PageTitle } from '../../../ui/PageTitle';
import { useCreateFieldOfAction } from '../hooks/useCreateFieldOfAction';
import { useCreateStrategy } from '../hooks/useCreateStrategy';
import { useStrategies } from '../hooks/useStrategies';
import { useUpdateFieldOfAction } from '../hooks/useUpdateFieldOfAction';
import { useUpdateStrategy } from '../hooks/useUpdateStrategy';
import { strategyInput } from '../strategy-form';
import { FieldOfActionForm, StrategyForm } from './StrategyForms';

type Strategy = StrategiesAdminQuery['strategies'][number];

/** Which form is open: at most one on the page, so that the focus has one place to go back from. */
type Open =
  | { kind: 'none' }
  | { kind: 'newStrategy' }
  | { kind: 'strategy'; id: string }
  | { kind: 'newField'; strategyId: string }
  | { kind: 'field'; id: string };

/**
 * The strategies and their fields of action, for the portfolio office: each created, renamed and
 * described here; the projects are filed under the fields of action.
 */
export function StrategiesPage() {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useStrategies();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [announce, setAnnounce] = useState<string | null>(null);
  const announceRef = useRef<HTMLParagraphElement>(null);
  const returnTo = useRef<string | null>(null);
  const createStrategy = useCreateStrategy();

  useEffect(() => {
    if (announce) announceRef.current?.focus();
  }, [announce]);

  /** Opens a form, remembering which button to give the focus back to. */
  function openForm(next: Open, from: string) {
    returnTo.current = from;
    setAnnounce(null);
    setOpen(next);
  }
  function closeForm(saved: string | null) {
    setOpen({ kind: 'none' });
    if (saved) setAnnounce(saved);
    else {
      const id = returnTo.current;
      setTimeout(() => id && document.getElementById(id)?.focus());
    }
  }

  if (error && !data)
    return (
      <>
        <PageTitle>{t('strategy.title')}</PageTitle>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </>
    );
  if (loading && !data) return <Loading />;

  return (
    <>
      <div className="page-head">
        <PageTitle>{t('strategy.title')}</PageTitle>
        {open.kind !== 'newStrategy' && (
          <button
            type="button"
            id="strategy-new-button"
            onClick={() => openForm({ kind: 'newStrategy' }, 'strategy-new-button')}
          >
            {t('strategy.new')}
          </button>
        )}
      </div>
      <p>{t('strategy.intro')}</p>
      {announce && (
        <p role="status" className="notice notice-success" tabIndex={-1} ref={announceRef}>
          {announce}
        </p>
      )}
      {open.kind === 'newStrategy' && (
        <section className="card" aria-labelledby="strategy-new-heading">
          <StrategyForm
            idPrefix="strategy-new"
            title={t('strategy.new')}
            submitLabel={t('strategy.create')}
            initial={{ name: '', description: '', startYear: '', endYear: '' }}
            onSubmit={async (values) => {
              await createStrategy(strategyInput(values));
            }}
            onDone={(saved) => closeForm(saved ? t('strategy.created') : null)}
          />
        </section>
      )}
      {(data?.strategies ?? []).length === 0 && <p>{t('strategy.none')}</p>}
      {(data?.strategies ?? []).map((strategy) => (
        <StrategyCard key={strategy.id} strategy={strategy} open={open} openForm={openForm} closeForm={closeForm} />
      ))}
    </>
  );
}

function StrategyCard({
  strategy,
  open,
  openForm,
  closeForm,
}: {
  strategy: Strategy;
  open: Open;
  openForm(next: Open, from: string): void;
  closeForm(saved: string | null): void;
}) {
  const { t, n } = useI18n();
  const lang = useContentLang();
  const updateStrategy = useUpdateStrategy();
  const createField = useCreateFieldOfAction();
  const updateField = useUpdateFieldOfAction();
  const headingId = `strategy-${strategy.id}-heading`;
  const editButton = `strategy-${strategy.id}-edit`;
  const addButton = `strategy-${strategy.id}-add-field`;

  return (
    <section className="card strategy-card" aria-labelledby={headingId}>
      {open.kind === 'strategy' && open.id === strategy.id ? (
        <StrategyForm
          idPrefix={`strategy-${strategy.id}`}
          title={t('strategy.edit.title', { name: strategy.name })}
          submitLabel={t('action.save')}
          initial={{
            name: strategy.name,
            description: strategy.description ?? '',
            startYear: String(strategy.startYear),
            endYear: String(strategy.endYear),
          }}
          onSubmit={async (values) => {
            await updateStrategy({ id: strategy.id, ...strategyInput(values) });
          }}
          onDone={(saved) => closeForm(saved ? t('strategy.saved') : null)}
        />
      ) : (
        <>
          <div className="page-head">
            <h2 id={headingId}>
              <span lang={lang}>{strategy.name}</span>{' '}
              <span className="muted">{t('strategy.years', { from: strategy.startYear, to: strategy.endYear })}</span>
            </h2>
            <button
              type="button"
              id={editButton}
              className="button-secondary"
              aria-label={t('strategy.edit', { name: strategy.name })}
              onClick={() => openForm({ kind: 'strategy', id: strategy.id }, editButton)}
            >
              {t('action.edit')}
            </button>
          </div>
          {strategy.description && (
            <p className="prewrap" lang={lang}>
              {strategy.description}
            </p>
          )}
        </>
      )}
      <h3>{t('strategy.fields')}</h3>
      {strategy.fields.length === 0 && <p className="muted">{t('strategy.fields.none')}</p>}
      <ul className="picked-list">
        {strategy.fields.map((field) => {
          const fieldEdit = `field-${field.id}-edit`;
          return (
            <li key={field.id}>
              {open.kind === 'field' && open.id === field.id ? (
                <div className="strategy-field-form">
                  <FieldOfActionForm
                    idPrefix={`field-${field.id}`}
                    title={t('strategy.field.edit', { name: field.name })}
                    submitLabel={t('action.save')}
                    initial={{ name: field.name, description: field.description ?? '' }}
                    onSubmit={async (values) => {
                      await updateField({
                        id: field.id,
                        name: values.name.trim(),
                        description: values.description.trim() || null,
                      });
                    }}
                    onDone={(saved) => closeForm(saved ? t('strategy.field.saved') : null)}
                  />
                </div>
              ) : (
                <>
                  <div className="picked-name">
                    <strong lang={lang}>{field.name}</strong>{' '}
                    <span className="muted">({n('projects.count', field.projects.totalCount)})</span>
                    {field.description && (
                      <p className="hint" lang={lang}>
                        {field.description}
                      </p>
                    )}
                  </div>
                  <button
                    type="button"
                    id={fieldEdit}
                    className="button-secondary button-small"
                    aria-label={t('strategy.field.edit', { name: field.name })}
                    onClick={() => openForm({ kind: 'field', id: field.id }, fieldEdit)}
                  >
                    {t('action.edit')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {open.kind === 'newField' && open.strategyId === strategy.id ? (
        <FieldOfActionForm
          idPrefix={`strategy-${strategy.id}-new-field`}
          title={t('strategy.field.new', { name: strategy.name })}
          submitLabel={t('strategy.field.create')}
          initial={{ name: '', description: '' }}
          onSubmit={async (values) => {
            await createField({
              strategyId: strategy.id,
              name: values.name.trim(),
              description: values.description.trim() || null,
            });
          }}
          onDone={(saved) => closeForm(saved ? t('strategy.field.created') : null)}
        />
      ) : (
        <p className="form-actions">
          <button
            type="button"
            id={addButton}
            onClick={() => openForm({ kind: 'newField', strategyId: strategy.id }, addButton)}
          >
            {t('strategy.field.add')}
          </button>
        </p>
      )}
    </section>
  );
}
