import type { ReactNode } from 'react';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';

/** Who, where, when and how much: the project's facts as a description list. */
/** `children`: what follows the facts in their card (the editors' buttons). */
export function ProjectFacts({ project, children }: { project: ProjectDetailFragment; children?: ReactNode }) {
  const { t } = useI18n();
  const format = useFormat();
  const none = t('format.none');
  const lang = useContentLang();
  return (
    <section aria-labelledby="facts-heading" className="card">
      <h2 id="facts-heading">{t('project.facts')}</h2>
      <div className="facts-columns">
        <dl className="facts">
          <dt>{t('filter.strategy')}</dt>
          <dd lang={project.field ? lang : undefined}>{project.field?.strategy.name ?? none}</dd>
          <dt>{t('project.field')}</dt>
          <dd lang={project.field ? lang : undefined}>{project.field?.name ?? none}</dd>
          <dt>{t('project.department')}</dt>
          <dd lang={project.department ? lang : undefined}>
            {project.department ? `${project.department.code} – ${project.department.name}` : none}
          </dd>
          <dt>{t('project.lead')}</dt>
          <dd>{project.lead ? project.lead.name : none}</dd>
          <dt>{t('project.sponsor')}</dt>
          <dd>{project.sponsor ? project.sponsor.name : none}</dd>
          <dt>{t('project.members')}</dt>
          <dd>
            {project.members.length === 0 ? (
              none
            ) : (
              <ul className="plain-list">
                {project.members.map((member) => (
                  <li key={member.person.id}>
                    {member.person.name}{' '}
                    <span className="muted" lang={lang}>
                      ({member.role})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('project.tags')}</dt>
          <dd>
            {project.tags.length === 0
              ? none
              : project.tags.map((tag) => (
                  <span key={tag} className="tag" lang={lang}>
                    {tag}
                  </span>
                ))}
          </dd>
        </dl>
        <dl className="facts">
          <dt>{t('project.startDate')}</dt>
          <dd>{format.date(project.startDate)}</dd>
          <dt>{t('project.plannedEndDate')}</dt>
          <dd>{format.date(project.plannedEndDate)}</dd>
          <dt>{t('project.forecastEndDate')}</dt>
          <dd>{format.date(project.forecastEndDate)}</dd>
          <dt>{t('project.actualEndDate')}</dt>
          <dd>{format.date(project.actualEndDate)}</dd>
          <dt>{t('budget.planned')}</dt>
          <dd>{format.money(project.budget.planned, project.budget.currency)}</dd>
          <dt>{t('budget.spent')}</dt>
          <dd>{format.money(project.budget.spent, project.budget.currency)}</dd>
          <dt>{t('project.updatedAt')}</dt>
          <dd>{format.dateTime(project.updatedAt)}</dd>
        </dl>
      </div>
      {children}
    </section>
  );
}
