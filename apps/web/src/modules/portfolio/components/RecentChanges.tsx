import { Link } from 'react-router';
import type { DashboardQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { HealthBadge } from '../../../ui/HealthBadge';

/** What changed lately: the projects changed last, with their newest status report. */
export function RecentChanges({ projects }: { projects: DashboardQuery['recent']['nodes'] }) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  return (
    <section aria-labelledby="recent-heading" className="card">
      <h2 id="recent-heading">{t('dashboard.recent')}</h2>
      {projects.length === 0 ? (
        <p>{t('dashboard.recent.none')}</p>
      ) : (
        <ul className="recent-list">
          {projects.map((project) => (
            <li key={project.id}>
              <p className="recent-title">
                <Link to={`/projekte/${encodeURIComponent(project.code)}`}>
                  {project.code} <span lang={lang}>{project.title}</span>
                </Link>{' '}
                <HealthBadge health={project.health} reported={project.latestStatus !== null} />
              </p>
              <p className="muted">{t('dashboard.recent.changed', { when: format.dateTime(project.updatedAt) })}</p>
              {project.latestStatus && (
                <p>
                  {t('dashboard.recent.report', {
                    who: project.latestStatus.author.name,
                    when: format.dateTime(project.latestStatus.createdAt),
                  })}{' '}
                  <span lang={lang}>{project.latestStatus.summary}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
