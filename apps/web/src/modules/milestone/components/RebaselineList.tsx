import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';

/** A milestone's earlier baselines, oldest first: from which date to which, when, by whom and why. */
export function RebaselineList({ rebaselines }: { rebaselines: ProjectMilestoneFragment['rebaselines'] }) {
  const { t } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  return (
    <ol className="rebaselines">
      {rebaselines.map((rebaseline, index) => (
        <li key={`${rebaseline.at}-${index}`}>
          {t('milestone.rebaseline.entry', {
            from: format.date(rebaseline.fromDate),
            to: format.date(rebaseline.toDate),
            at: format.dateTime(rebaseline.at),
            by: rebaseline.by?.name ?? t('audit.system'),
          })}{' '}
          <q lang={lang}>{rebaseline.reason}</q>
        </li>
      ))}
    </ol>
  );
}
