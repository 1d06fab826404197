import { useState } from 'react';
import { errorCode } from '../../../graphql/errors';
import type { ProjectMilestoneFragment } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useI18n } from '../../../i18n/useI18n';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useReloadProject } from '../../project/hooks/useProjectWrite';
import { useDeleteMilestone } from '../hooks/useDeleteMilestone';

/**
 * Asks before a milestone is deleted (it is for one created by mistake; its history stays). Where
 * someone else changed it meanwhile, the current state is loaded and the question asked again.
 */
export function DeleteMilestoneDialog({
  milestone,
  onDeleted,
  onCancel,
  fallbackFocusId,
}: {
  milestone: ProjectMilestoneFragment;
  onDeleted(title: string): void;
  onCancel(): void;
  /** Where the focus goes once the row (and the button that opened the dialog) is gone. */
  fallbackFocusId: string;
}) {
  const { t } = useI18n();
  const lang = useContentLang();
  const remove = useDeleteMilestone();
  const reload = useReloadProject();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ conflict: true } | { error: unknown } | null>(null);

  async function confirm() {
    setBusy(true);
    setProblem(null);
    try {
      await remove({ id: milestone.id, expectedVersion: milestone.version });
      onDeleted(milestone.title);
      requestAnimationFrame(() => document.getElementById(fallbackFocusId)?.focus());
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        await reload();
        setProblem({ conflict: true });
      } else setProblem({ error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      open
      title={t('milestone.deleteTitle')}
      confirmLabel={t('milestone.deleteConfirm')}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>
        {t('milestone.deleteText.before')}
        <span lang={lang}>{milestone.title}</span>
        {t('milestone.deleteText.after')}
      </p>
      {problem && 'conflict' in problem && (
        <p role="alert" className="notice notice-warning">
          {t('milestone.deleteConflict')}
        </p>
      )}
      {problem && 'error' in problem && <ErrorNotice error={problem.error} />}
    </ConfirmDialog>
  );
}
