import { Link } from 'react-router';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { HealthBadge } from '../../../ui/HealthBadge';

/** The projects that must deliver before this one can. */
export function ProjectDependencies({ dependsOn }: { dependsOn: ProjectDetailFragment['dependsOn'] }) {
  const { t } = useI18n();
  const lang = useContentLang();
  return (
    <section id="dependencies" aria-labelledby="dependencies-heading" className="card">
      <h2 id="dependencies-heading">{t('project.section.dependencies')}</h2>
      <p className="muted">{t('project.dependencies.intro')}</p>
      {dependsOn.length === 0 ? (
        <p>{t('project.dependencies.none')}</p>
      ) : (
        <ul className="dependency-list">
          {dependsOn.map((other) => (
            <li key={other.id}>
              <Link to={`/projekte/${encodeURIComponent(other.code)}`}>
                {other.code} <span lang={lang}>{other.title}</span>
              </Link>{' '}
              <HealthBadge health={other.health} reported={other.latestStatus !== null} />{' '}
              <span className="muted">{t(`phase.${other.phase}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
