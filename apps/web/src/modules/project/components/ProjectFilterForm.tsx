import { useQuery } from '@apollo/client/react';
import { FormEvent, useState } from 'react';
import { STALE_AFTER_DAYS } from '@leitstand/shared-domain';
import { ProjectFilterOptionsDocument } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { EMPTY_FILTER, HEALTHS, MILESTONE_STATES, PHASES, ProjectFilterState } from '../filter-url';

function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((one) => one !== value), value] : values.filter((one) => one !== value);
}

function splitTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The list's filters, applied together with one button (so that typing never reloads the
 * list); the applied state lives in the address.
 */
export function ProjectFilterForm({
  filter,
  onApply,
}: {
  filter: ProjectFilterState;
  onApply(next: ProjectFilterState): void;
}) {
  const { t } = useI18n();
  const { data } = useQuery(ProjectFilterOptionsDocument);
  const [draft, setDraft] = useState(filter);
  const [tagText, setTagText] = useState(filter.tags.join(', '));
  const fields = (data?.strategies ?? [])
    .filter((strategy) => !draft.strategyId || strategy.id === draft.strategyId)
    .flatMap((strategy) => strategy.fields);
  const leads = (data?.people ?? []).filter((person) => person.role !== 'VIEWER' || draft.leadId.includes(person.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, tags: splitTags(tagText) });
  }

  return (
    <form className="filter-form card" onSubmit={submit} aria-labelledby="project-filter-heading">
      <h2 id="project-filter-heading" className="h3">
        {t('filter.label')}
      </h2>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor="filter-search">{t('filter.search')}</label>
          <input
            id="filter-search"
            type="search"
            value={draft.search}
            onChange={(event) => setDraft({ ...draft, search: event.target.value })}
          />
        </div>
        <fieldset className="checkbox-group">
          <legend>{t('project.health')}</legend>
          {HEALTHS.map((health) => (
            <label key={health}>
              <input
                type="checkbox"
                checked={draft.health.includes(health)}
                onChange={(event) => setDraft({ ...draft, health: toggle(draft.health, health, event.target.checked) })}
              />
              {t(`health.${health}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{t('project.phase')}</legend>
          {PHASES.map((phase) => (
            <label key={phase}>
              <input
                type="checkbox"
                checked={draft.phase.includes(phase)}
                onChange={(event) => setDraft({ ...draft, phase: toggle(draft.phase, phase, event.target.checked) })}
              />
              {t(`phase.${phase}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="checkbox-group">
          <legend>{t('filter.milestoneState')}</legend>
          {MILESTONE_STATES.map((state) => (
            <label key={state}>
              <input
                type="checkbox"
                checked={draft.milestoneState.includes(state)}
                onChange={(event) =>
                  setDraft({ ...draft, milestoneState: toggle(draft.milestoneState, state, event.target.checked) })
                }
              />
              {t(`milestoneState.${state}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="filter-reported">{t('filter.reported')}</label>
          <select
            id="filter-reported"
            value={draft.reported === null ? '' : draft.reported ? 'yes' : 'no'}
            onChange={(event) =>
              setDraft({ ...draft, reported: event.target.value === '' ? null : event.target.value === 'yes' })
            }
          >
            <option value="">{t('filter.all')}</option>
            <option value="yes">{t('filter.reported.yes')}</option>
            <option value="no">{t('health.notReported')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-strategy">{t('filter.strategy')}</label>
          <select
            id="filter-strategy"
            value={draft.strategyId ?? ''}
            onChange={(event) => setDraft({ ...draft, strategyId: event.target.value || null, fieldId: [] })}
          >
            <option value="">{t('filter.all')}</option>
            {(data?.strategies ?? []).map((strategy) => (
              <option key={strategy.id} value={strategy.id}>
                {strategy.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-field">{t('filter.field')}</label>
          <select
            id="filter-field"
            value={draft.fieldId[0] ?? ''}
            onChange={(event) => setDraft({ ...draft, fieldId: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('filter.all')}</option>
            {fields.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-department">{t('filter.department')}</label>
          <select
            id="filter-department"
            value={draft.departmentId[0] ?? ''}
            onChange={(event) => setDraft({ ...draft, departmentId: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('filter.all')}</option>
            {(data?.departments ?? []).map((department) => (
              <option key={department.id} value={department.id}>
                {`${department.code} – ${department.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-lead">{t('filter.lead')}</label>
          <select
            id="filter-lead"
            value={draft.leadId[0] ?? ''}
            onChange={(event) => setDraft({ ...draft, leadId: event.target.value ? [event.target.value] : [] })}
          >
            <option value="">{t('filter.all')}</option>
            {leads.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-tags">{t('filter.tags')}</label>
          <input
            id="filter-tags"
            type="text"
            aria-describedby="filter-tags-hint"
            value={tagText}
            onChange={(event) => setTagText(event.target.value)}
          />
          <p id="filter-tags-hint" className="hint">
            {t('filter.tags.hint')}
          </p>
        </div>
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              checked={draft.staleForDays !== null}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  staleForDays: event.target.checked ? (filter.staleForDays ?? STALE_AFTER_DAYS) : null,
                })
              }
            />
            {t('filter.stale', { days: draft.staleForDays ?? filter.staleForDays ?? STALE_AFTER_DAYS })}
          </label>
        </div>
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              checked={draft.includeArchived}
              onChange={(event) => setDraft({ ...draft, includeArchived: event.target.checked })}
            />
            {t('filter.includeArchived')}
          </label>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit">{t('filter.apply')}</button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setDraft(EMPTY_FILTER);
            setTagText('');
            onApply(EMPTY_FILTER);
          }}
        >
          {t('filter.reset')}
        </button>
      </div>
    </form>
  );
}
