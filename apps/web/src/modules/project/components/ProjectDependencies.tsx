import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { HealthBadge } from '../../../ui/HealthBadge';

type Related = ProjectDetailFragment['dependsOn'];

/** The projects that must deliver before this one can, and those that wait for this one. */
export function ProjectDependencies({
  dependsOn,
  dependents,
  children,
}: {
  dependsOn: Related;
  dependents: Related;
  /** What follows in the card (the editor's button). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section id="dependencies" aria-labelledby="dependencies-heading" className="card">
      <h2 id="dependencies-heading">{t('project.section.dependencies')}</h2>
      <h3>{t('project.dependencies.dependsOn')}</h3>
      <p className="muted">{t('project.dependencies.intro')}</p>
      <RelatedProjects projects={dependsOn} none={t('project.dependencies.none')} />
      <h3>{t('project.dependencies.dependents')}</h3>
      <p className="muted">{t('project.dependents.intro')}</p>
      <RelatedProjects projects={dependents} none={t('project.dependents.none')} />
      {children}
    </section>
  );
}

function RelatedProjects({ projects, none }: { projects: Related; none: string }) {
  const { t } = useI18n();
  const lang = useContentLang();
  if (projects.length === 0) return <p>{none}</p>;
  return (
    <ul className="dependency-list">
      {projects.map((other) => (
        <li key={other.id}>
          <Link to={`/projekte/${encodeURIComponent(other.code)}`}>
            {other.code} <span lang={lang}>{other.title}</span>
          </Link>{' '}
          <HealthBadge health={other.health} reported={other.latestStatus !== null} />{' '}
          <span className="muted">{t(`phase.${other.phase}`)}</span>
        </li>
      ))}
    </ul>
  );
}
