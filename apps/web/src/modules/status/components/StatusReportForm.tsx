import { useApolloClient } from '@apollo/client/react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorCode, fieldErrors } from '../../../graphql/errors';
import { useInputProblemText } from '../../../graphql/useInputProblemText';
import {
  Health,
  PostStatusUpdateDocument,
  ProjectPhase,
  RecordKpiMeasurementDocument,
  StatusReportProjectFragment,
  UpdateMilestoneForecastDocument,
} from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { HealthIcon } from '../../../ui/HealthBadge';
import { HEALTHS, PHASES } from '../../project/filter-url';
import { useDraft } from '../../../ui/useDraft';
import {
  fieldId,
  fieldOrder,
  formFieldOfApiPath,
  initialValues,
  MAX_TEXT,
  openMilestones,
  parseDateInput,
  parseLocaleNumber,
  StatusReportValues,
  validateStatusReport,
} from '../status-report';

type Step = { kind: 'status' } | { kind: 'milestone'; id: string } | { kind: 'kpi'; id: string };

class StepFailure {
  constructor(
    readonly step: Step,
    readonly error: unknown,
  ) {}
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/**
 * One form: health, progress, phase, the texts, the forecast of each open milestone and a new
 * value per key figure. Milestones are written first (they carry versions, so a concurrent
 * change shows as CONFLICT before anything else is written), then key figures, then the report.
 * What was typed is kept as a draft until the report is saved.
 */
export function StatusReportForm({
  project,
  reloading,
  onReload,
}: {
  project: StatusReportProjectFragment;
  reloading: boolean;
  onReload(): Promise<void>;
}) {
  const { t, locale } = useI18n();
  const problemText = useInputProblemText();
  const format = useFormat();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [values, setValues, clearDraft] = useDraft<StatusReportValues>(`status.${project.id}`, () =>
    initialValues(project),
  );
  const [opened] = useState(project);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<'none' | 'conflict' | 'reloaded'>('none');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const recorded = useRef(new Set<string>());
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const reloadedRef = useRef<HTMLParagraphElement>(null);
  const milestones = openMilestones(project);
  const order = fieldOrder(project);
  const projectLink = `/projekte/${encodeURIComponent(project.code)}`;

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);
  useEffect(() => {
    // The notice that asked for the reload (and its button) goes away: the focus moves to the
    // notice that says what happened, rather than falling back to the page.
    if (conflict === 'conflict') conflictRef.current?.focus();
    if (conflict === 'reloaded') reloadedRef.current?.focus();
  }, [conflict]);

  function set<K extends keyof StatusReportValues>(key: K, value: StatusReportValues[K]) {
    setValues((previous) => ({ ...previous, [key]: value }));
  }

  async function run(step: Step, action: () => Promise<unknown>) {
    try {
      await action();
    } catch (error) {
      throw new StepFailure(step, error);
    }
  }

  async function save() {
    for (const milestone of milestones) {
      const wanted = parseDateInput(values.forecasts[milestone.id] ?? '');
      if (wanted === (milestone.forecastDate ?? null)) continue;
      await run({ kind: 'milestone', id: milestone.id }, () =>
        client.mutate({
          mutation: UpdateMilestoneForecastDocument,
          variables: { input: { id: milestone.id, expectedVersion: milestone.version, forecastDate: wanted } },
        }),
      );
    }
    for (const kpi of project.kpis) {
      const text = values.kpiValues[kpi.id] ?? '';
      const value = parseLocaleNumber(text, locale);
      if (value === null || recorded.current.has(kpi.id)) continue;
      await run({ kind: 'kpi', id: kpi.id }, () =>
        client.mutate({
          mutation: RecordKpiMeasurementDocument,
          variables: { input: { kpiId: kpi.id, date: todayIso(), value } },
        }),
      );
      recorded.current.add(kpi.id);
    }
    const progress = Number(values.progress);
    await run({ kind: 'status' }, () =>
      client.mutate({
        mutation: PostStatusUpdateDocument,
        variables: {
          input: {
            projectId: project.id,
            health: values.health as Health,
            ...(values.phase !== project.phase ? { phase: values.phase } : {}),
            ...(progress !== project.progress ? { progress } : {}),
            summary: values.summary.trim(),
            achievements: values.achievements.trim() || null,
            nextSteps: values.nextSteps.trim() || null,
            blockers: values.blockers.trim() || null,
          },
        },
      }),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setOtherErrors([]);
    const invalid = validateStatusReport(values, locale);
    if (Object.keys(invalid).length > 0) {
      setErrors(Object.fromEntries(Object.entries(invalid).map(([field, key]) => [field, t(key)])));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await save();
      clearDraft();
      // Everything that summarises the portfolio is out of date now; it is fetched again when shown.
      const cache = client.cache;
      for (const fieldName of ['portfolioSummary', 'projects', 'milestones', 'node']) {
        cache.evict({ id: 'ROOT_QUERY', fieldName });
      }
      const projectRef = cache.identify({ __typename: 'Project', id: project.id });
      for (const fieldName of ['statusUpdates', 'history', 'latestStatus', 'nextMilestone', 'kpis', 'milestones']) {
        cache.evict({ id: projectRef, fieldName });
      }
      cache.gc();
      navigate(projectLink, { state: { saved: true } });
    } catch (caught) {
      setBusy(false);
      const { step, error } = caught instanceof StepFailure ? caught : { step: null, error: caught };
      const code = errorCode(error);
      if (code === 'CONFLICT') {
        setConflict('conflict');
        return;
      }
      if (code === 'BAD_USER_INPUT' && step) {
        const atFields: Record<string, string> = {};
        const elsewhere: string[] = [];
        for (const problem of fieldErrors(error)) {
          const field = formFieldOfApiPath(problem.path, step);
          if (field) atFields[field] = problemText(problem);
          else elsewhere.push(problemText(problem));
        }
        if (Object.keys(atFields).length === 0 && elsewhere.length === 0) {
          setFailure(error);
          return;
        }
        setErrors(atFields);
        setOtherErrors(elsewhere);
        setAttempt((n) => n + 1);
        return;
      }
      setFailure(error);
    }
  }

  async function reload() {
    await onReload();
    setConflict('reloaded');
  }

  const errorFields = order.filter((field) => errors[field]);
  const fieldLabel = (field: string): string => {
    if (field.startsWith('forecast.')) {
      const milestone = project.milestones.find((one) => `forecast.${one.id}` === field);
      return t('status.forecastFor', { title: milestone?.title ?? '' });
    }
    if (field.startsWith('kpi.')) {
      const kpi = project.kpis.find((one) => `kpi.${one.id}` === field);
      return t('status.kpiValueFor', { name: kpi?.name ?? '', unit: kpi?.unit ?? '' });
    }
    return t(`status.${field}` as Parameters<typeof t>[0]);
  };
  const errorId = (field: string) => (errors[field] ? `${fieldId(field)}-error` : undefined);
  const errorText = (field: string) =>
    errors[field] ? (
      <p id={`${fieldId(field)}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;
  const changedMeanwhile = (now: string, then: string, shown: string) =>
    now !== then ? <p className="hint hint-changed">{t('status.changedMeanwhile', { value: shown })}</p> : null;

  return (
    <form className="form status-form" onSubmit={submit} noValidate aria-describedby="status-intro">
      <p id="status-intro">{t('status.intro')}</p>

      {conflict === 'conflict' && (
        <div role="alert" className="notice notice-warning" tabIndex={-1} ref={conflictRef}>
          <p>{t('status.conflict')}</p>
          <button type="button" onClick={reload} disabled={reloading}>
            {t('status.conflict.reload')}
          </button>
        </div>
      )}
      {conflict === 'reloaded' && (
        <p role="status" className="notice" tabIndex={-1} ref={reloadedRef}>
          {t('status.conflict.reloaded')}
        </p>
      )}
      {(errorFields.length > 0 || otherErrors.length > 0) && (
        <div role="alert" className="notice notice-error error-summary" tabIndex={-1} ref={summaryRef}>
          <h2 className="h3">{t('form.errorSummary')}</h2>
          <ul>
            {errorFields.map((field) => (
              <li key={field}>
                <a href={`#${field === 'health' ? fieldId('health-ON_TRACK') : fieldId(field)}`}>
                  {`${fieldLabel(field)}: ${errors[field]}`}
                </a>
              </li>
            ))}
            {otherErrors.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {failure !== null && <ErrorNotice error={failure} />}

      <fieldset className="card">
        <legend>{t('status.section.state')}</legend>
        <fieldset
          className="radio-group"
          aria-describedby={describedBy(errorId('health'))}
          aria-invalid={errors.health ? true : undefined}
        >
          <legend>
            {t('status.health')} <span className="required">{t('form.required')}</span>
          </legend>
          {errorText('health')}
          {HEALTHS.map((health) => (
            <label key={health} className="radio-card">
              <input
                id={fieldId(`health-${health}`)}
                type="radio"
                name="health"
                value={health}
                checked={values.health === health}
                onChange={() => set('health', health)}
              />
              <HealthIcon health={health} />
              {t(`health.${health}`)}
            </label>
          ))}
          {changedMeanwhile(project.health, opened.health, t(`health.${project.health}`))}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor={fieldId('progress')}>
              {t('status.progress')} <span className="required">{t('form.required')}</span>
            </label>
            <span className="input-suffix">
              <input
                id={fieldId('progress')}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                required
                value={values.progress}
                aria-invalid={errors.progress ? true : undefined}
                aria-describedby={describedBy(`${fieldId('progress')}-hint`, errorId('progress'))}
                onChange={(event) => set('progress', event.target.value)}
              />
              <span aria-hidden="true">%</span>
            </span>
            <p id={`${fieldId('progress')}-hint`} className="hint">
              {t('status.progress.hint')}
            </p>
            {errorText('progress')}
            {changedMeanwhile(String(project.progress), String(opened.progress), format.percent(project.progress))}
          </div>
          <div className="field">
            <label htmlFor={fieldId('phase')}>{t('status.phase')}</label>
            <select
              id={fieldId('phase')}
              value={values.phase}
              aria-invalid={errors.phase ? true : undefined}
              aria-describedby={describedBy(errorId('phase'))}
              onChange={(event) => set('phase', event.target.value as ProjectPhase)}
            >
              {PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {t(`phase.${phase}`)}
                </option>
              ))}
            </select>
            {errorText('phase')}
            {changedMeanwhile(project.phase, opened.phase, t(`phase.${project.phase}`))}
          </div>
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>{t('status.section.text')}</legend>
        {(['summary', 'achievements', 'nextSteps', 'blockers'] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={fieldId(field)}>
              {t(`status.${field}`)}
              {field === 'summary' && (
                <>
                  {' '}
                  <span className="required">{t('form.required')}</span>
                </>
              )}
            </label>
            <textarea
              id={fieldId(field)}
              rows={field === 'summary' ? 4 : 3}
              maxLength={MAX_TEXT}
              required={field === 'summary'}
              value={values[field]}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={describedBy(`${fieldId(field)}-hint`, errorId(field))}
              onChange={(event) => set(field, event.target.value)}
            />
            <p id={`${fieldId(field)}-hint`} className="hint">
              {t(`status.${field}.hint`)}
            </p>
            {errorText(field)}
          </div>
        ))}
      </fieldset>

      {milestones.length > 0 && (
        <fieldset className="card">
          <legend>{t('status.section.milestones')}</legend>
          <p className="hint">{t('status.milestones.hint')}</p>
          {milestones.map((milestone) => {
            const field = `forecast.${milestone.id}`;
            const before = opened.milestones.find((one) => one.id === milestone.id);
            return (
              <div className="field" key={milestone.id}>
                <label htmlFor={fieldId(field)}>{t('status.forecastFor', { title: milestone.title })}</label>
                <input
                  id={fieldId(field)}
                  type="date"
                  className="input-date"
                  autoComplete="off"
                  value={parseDateInput(values.forecasts[milestone.id] ?? '') ?? ''}
                  aria-invalid={errors[field] ? true : undefined}
                  aria-describedby={describedBy(`${fieldId(field)}-hint`, errorId(field))}
                  onChange={(event) => set('forecasts', { ...values.forecasts, [milestone.id]: event.target.value })}
                />
                <p id={`${fieldId(field)}-hint`} className="hint">
                  {t('status.forecast.hint', {
                    planned: format.date(milestone.plannedDate),
                    state: t(`milestoneState.${milestone.state}`),
                  })}
                </p>
                {errorText(field)}
                {before &&
                  changedMeanwhile(
                    milestone.forecastDate ?? '',
                    before.forecastDate ?? '',
                    milestone.forecastDate
                      ? format.date(milestone.forecastDate)
                      : t(milestone.state === 'OVERDUE' ? 'milestone.noForecast' : 'milestone.asPlanned'),
                  )}
              </div>
            );
          })}
        </fieldset>
      )}

      {project.kpis.length > 0 && (
        <fieldset className="card">
          <legend>{t('status.section.kpis')}</legend>
          <p className="hint">{t('status.kpis.hint', { date: format.date(todayIso()) })}</p>
          {project.kpis.map((kpi) => {
            const field = `kpi.${kpi.id}`;
            return (
              <div className="field" key={kpi.id}>
                <label htmlFor={fieldId(field)}>{t('status.kpiValueFor', { name: kpi.name, unit: kpi.unit })}</label>
                <input
                  id={fieldId(field)}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={values.kpiValues[kpi.id] ?? ''}
                  aria-invalid={errors[field] ? true : undefined}
                  aria-describedby={describedBy(`${fieldId(field)}-hint`, errorId(field))}
                  onChange={(event) => set('kpiValues', { ...values.kpiValues, [kpi.id]: event.target.value })}
                />
                <p id={`${fieldId(field)}-hint`} className="hint">
                  {kpi.latest
                    ? t('status.kpi.hintLatest', {
                        value: format.number(kpi.latest.value),
                        unit: kpi.unit,
                        date: format.date(kpi.latest.date),
                      })
                    : t('status.kpi.hintNone')}
                  {kpi.target != null &&
                    ` ${t('status.kpi.hintTarget', { value: format.number(kpi.target), unit: kpi.unit })}`}
                </p>
                {errorText(field)}
              </div>
            );
          })}
        </fieldset>
      )}

      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('status.saving') : t('status.save')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            clearDraft();
            navigate(projectLink);
          }}
        >
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
