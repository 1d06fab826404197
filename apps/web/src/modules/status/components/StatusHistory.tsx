import type { ProjectPageQuery } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { HealthBadge } from '../../../ui/HealthBadge';

type Updates = NonNullable<ProjectPageQuery['project']>['statusUpdates'];

/** The status reports of a project, newest first; nothing is ever overwritten. */
export function StatusHistory({ updates }: { updates: Updates }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  return (
    <section id="status" aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">{t('project.section.status')}</h2>
      {updates.nodes.length === 0 ? (
        <p>{t('status.none')}</p>
      ) : (
        <ol className="status-history">
          {updates.nodes.map((update) => (
            <li key={update.id}>
              <h3 className="status-head">
                {t('status.reportOf', { when: format.dateTime(update.createdAt), who: update.author.name })}
              </h3>
              <p className="status-badges">
                <HealthBadge health={update.health} />
                <span>
                  <span className="muted">{t('project.phase')}:</span> {t(`phase.${update.phase}`)}
                </span>
                <span>
                  <span className="muted">{t('project.progress')}:</span> {format.percent(update.progress)}
                </span>
              </p>
              <dl className="facts">
                <dt>{t('status.summary')}</dt>
                <dd className="prewrap" lang={lang}>
                  {update.summary}
                </dd>
                {update.achievements && (
                  <>
                    <dt>{t('status.achievements')}</dt>
                    <dd className="prewrap" lang={lang}>
                      {update.achievements}
                    </dd>
                  </>
                )}
                {update.nextSteps && (
                  <>
                    <dt>{t('status.nextSteps')}</dt>
                    <dd className="prewrap" lang={lang}>
                      {update.nextSteps}
                    </dd>
                  </>
                )}
                {update.blockers && (
                  <>
                    <dt>{t('status.blockers')}</dt>
                    <dd className="prewrap" lang={lang}>
                      {update.blockers}
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {updates.totalCount > updates.nodes.length && (
        <p className="muted">{n('status.older', updates.totalCount - updates.nodes.length)}</p>
      )}
    </section>
  );
}
