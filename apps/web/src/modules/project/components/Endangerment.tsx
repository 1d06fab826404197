import { Link } from 'react-router';
import type { ProjectEndangermentFragment } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';

type Endangerments = readonly ProjectEndangermentFragment[];

/** "Gefährdet durch DIG-…" in a row of the project list: the prerequisites whose slip reaches the project. */
export function EndangeredBadge({ endangerments }: { endangerments: Endangerments }) {
  const { t } = useI18n();
  if (endangerments.length === 0) return null;
  return (
    <span className="badge badge-endangered">
      {t('endangered.by', { codes: endangerments.map((found) => found.by.code).join(', ') })}
    </span>
  );
}

/**
 * On a project's page and in the Sachstandsbericht: which prerequisites endanger the project, when
 * each is now expected to end, and which point of the project (its start or a milestone) that passes.
 */
export function EndangeredNotice({ endangerments }: { endangerments: Endangerments }) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  if (endangerments.length === 0) return null;
  return (
    <div className="notice notice-warning endangered-notice">
      <p>
        <strong>{t('endangered.by', { codes: endangerments.map((found) => found.by.code).join(', ') })}</strong>{' '}
        {t('endangered.intro')}
      </p>
      <ul>
        {endangerments.map((found) => {
          const params = {
            end: format.date(found.expectedEnd),
            date: format.date(found.date),
            days: n('endangered.days', found.days),
          };
          return (
            <li key={found.by.id}>
              <Link to={`/projekte/${encodeURIComponent(found.by.code)}`}>{found.by.code}</Link>{' '}
              <span lang={lang}>{found.by.title}</span>{' '}
              {found.milestone ? (
                <>
                  {t('endangered.milestone', params)} <q lang={lang}>{found.milestone.title}</q>
                </>
              ) : (
                t('endangered.start', params)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
