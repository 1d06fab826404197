import { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PortfolioChangesQuery } from '../../../graphql/generated/graphql';
import type { PluralKey } from '../../../i18n/messages';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { HealthBadge } from '../../../ui/HealthBadge';

type Changes = PortfolioChangesQuery['portfolioChanges'];
type ProjectRef = { id: string; code: string; title: string };

function ProjectLink({ project }: { project: ProjectRef }) {
  const lang = useContentLang();
  return (
    <Link to={`/projekte/${encodeURIComponent(project.code)}`}>
      {project.code} <span lang={lang}>{project.title}</span>
    </Link>
  );
}

/**
 * What changed in an interval: first every count, each a link to its list, then the lists. The
 * same on the dashboard and in the Sachstandsbericht; `idPrefix` keeps the anchors apart, and
 * `level` is the lists' heading level.
 */
export function ChangeList({ changes, idPrefix, level }: { changes: Changes; idPrefix: string; level: 3 | 4 }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const Heading = level === 3 ? 'h3' : 'h4';

  const lists: { key: string; label: PluralKey; count: number; items: ReactNode[] }[] = [
    {
      key: 'created',
      label: 'changes.projectsCreated',
      count: changes.projectsCreated.length,
      items: changes.projectsCreated.map((project) => <ProjectLink key={project.id} project={project} />),
    },
    {
      key: 'completed',
      label: 'changes.projectsCompleted',
      count: changes.projectsCompleted.length,
      items: changes.projectsCompleted.map((project) => <ProjectLink key={project.id} project={project} />),
    },
    {
      key: 'cancelled',
      label: 'changes.projectsCancelled',
      count: changes.projectsCancelled.length,
      items: changes.projectsCancelled.map((project) => <ProjectLink key={project.id} project={project} />),
    },
    {
      key: 'health',
      label: 'changes.healthChanges',
      count: changes.healthChanges.length,
      items: changes.healthChanges.map((change) => (
        <span key={`${change.project.id}-${change.at}`}>
          <ProjectLink project={change.project} />:{' '}
          {change.from ? <HealthBadge health={change.from} /> : t('changes.health.first')}{' '}
          <span aria-label={t('changes.health.to')}>→</span> <HealthBadge health={change.to} />{' '}
          <span className="nowrap">{t('changes.at', { date: format.dateTime(change.at) })}</span>
        </span>
      )),
    },
    {
      key: 'milestones-completed',
      label: 'changes.milestonesCompleted',
      count: changes.milestonesCompleted.length,
      items: changes.milestonesCompleted.map((milestone) => (
        <span key={milestone.id}>
          <span lang={lang}>{milestone.title}</span> (<ProjectLink project={milestone.project} />){' '}
          <span className="nowrap">{format.date(milestone.completedDate)}</span>
        </span>
      )),
    },
    {
      key: 'milestones-slipped',
      label: 'changes.milestonesSlipped',
      count: changes.milestonesSlipped.length,
      items: changes.milestonesSlipped.map((slip) => (
        <span key={slip.milestone.id}>
          <span lang={lang}>{slip.milestone.title}</span> (<ProjectLink project={slip.milestone.project} />
          ):{' '}
          <span className="nowrap">
            {t('changes.moved', { before: format.date(slip.dueBefore), after: format.date(slip.dueAfter) })}
          </span>{' '}
          <span className="nowrap">({format.slip(slip.days)})</span>
        </span>
      )),
    },
    {
      key: 'risks',
      label: 'changes.risksOpened',
      count: changes.risksOpened.length,
      items: changes.risksOpened.map((risk) => (
        <span key={risk.id}>
          <span lang={lang}>{risk.title}</span> (<ProjectLink project={risk.project} />)
        </span>
      )),
    },
  ];

  return (
    <div className="change-list">
      <ul className="change-counts">
        {lists.map((list) => (
          <li key={list.key}>
            {list.count > 0 ? (
              <a href={`#${idPrefix}-${list.key}`}>{n(list.label, list.count)}</a>
            ) : (
              n(list.label, list.count)
            )}
          </li>
        ))}
        <li>{n('changes.statusUpdatesPosted', changes.statusUpdatesPosted)}</li>
      </ul>
      {lists
        .filter((list) => list.count > 0)
        .map((list) => (
          <section key={list.key} className="change-section" aria-labelledby={`${idPrefix}-${list.key}`}>
            <Heading id={`${idPrefix}-${list.key}`} tabIndex={-1}>
              {n(list.label, list.count)}
            </Heading>
            <ul>
              {list.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
