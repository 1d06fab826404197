import { useLocation } from 'react-router';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import type { CreatedState } from './NewProjectPage';

/** What the portfolio office sees of a project's standing at the top of its page: that it was just created. */
export function ProjectAdministration({ project }: { project: ProjectDetailFragment }) {
  const { t } = useI18n();
  const location = useLocation();
  const created = location.state as CreatedState | null;
  return (
    <>
      {created?.created && !created.failed && (
        <p role="status" className="notice notice-success">
          {t('projectForm.created', { code: project.code })}
        </p>
      )}
      {created?.created && created.failed && (
        <p role="alert" className="notice notice-warning">
          {t(
            created.failed === 'members'
              ? 'projectForm.created.membersFailed'
              : 'projectForm.created.dependenciesFailed',
            {
              code: project.code,
            },
          )}
        </p>
      )}
    </>
  );
}
