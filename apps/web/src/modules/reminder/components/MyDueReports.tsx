import { Link } from 'react-router';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { useContentLang } from '../../../i18n/useContentLang';
import { useSession } from '../../access/hooks/useSession';
import { useMyDueReports } from '../hooks/useMyDueReports';
import { useReminderSettings } from '../hooks/useReminderSettings';

/** "Meine fälligen Berichte": the projects that the signed-in lead leads whose status report is due, each with a link to write it. */
export function MyDueReports() {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const { person } = useSession();
  const settings = useReminderSettings();
  const days = settings?.staleAfterDays ?? null;
  const { data } = useMyDueReports(person?.id ?? null, days);
  if (!person || !data) return null;
  const due = data.projects.nodes;
  // Only leads see the list when it is empty; for others it appears only where they lead a due project.
  if (due.length === 0 && person.role !== 'PROJECT_LEAD') return null;
  return (
    <section aria-labelledby="my-due-heading" className="card">
      <h2 id="my-due-heading">{t('reminder.myDue')}</h2>
      {due.length === 0 ? (
        <p>{t('reminder.myDue.none')}</p>
      ) : (
        <>
          <p>{t('reminder.myDue.intro', { days: days ?? 0 })}</p>
          <ul className="plain-list">
            {due.map((project) => (
              <li key={project.id}>
                <Link to={`/projekte/${encodeURIComponent(project.code)}/statusbericht`}>
                  {t('reminder.myDue.write', { code: project.code })} <span lang={lang}>{project.title}</span>
                </Link>{' '}
                <span className="hint">
                  {project.latestStatus
                    ? t('reminder.myDue.last', { when: format.dateTime(project.latestStatus.createdAt) })
                    : t('dashboard.neverReported')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
