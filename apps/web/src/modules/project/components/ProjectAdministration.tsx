import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useSession } from '../../access/hooks/useSession';
import { managesPortfolio } from '../../access/permissions';
import { useArchiveProject } from '../hooks/useArchiveProject';
import { useRestoreProject } from '../hooks/useRestoreProject';
import type { CreatedState } from './NewProjectPage';

/**
 * A project's standing in the portfolio at the top of its page: that it was just created, that it
 * is archived; and for the portfolio office, archiving (after asking) and restoring it.
 */
export function ProjectAdministration({
  project,
  onReload,
}: {
  project: ProjectDetailFragment;
  onReload(): Promise<unknown>;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const location = useLocation();
  const { person } = useSession();
  const archive = useArchiveProject();
  const restore = useRestoreProject();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const created = location.state as CreatedState | null;
  const mayArchive = managesPortfolio(person);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function run(action: 'archived' | 'restored') {
    setBusy(true);
    setFailure(null);
    try {
      await (action === 'archived' ? archive : restore)(project.id, project.version);
      setDone(action);
    } catch (error) {
      setFailure(error);
      await onReload().catch(() => undefined);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  return (
    <>
      {created?.created && !created.failed && !done && (
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
            { code: project.code },
          )}
        </p>
      )}
      {done && (
        <p role="status" className="notice notice-success" tabIndex={-1} ref={doneRef}>
          {t(done === 'archived' ? 'archive.done' : 'archive.restored', { code: project.code })}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {project.archivedAt ? (
        <div className="notice notice-warning archived-notice">
          <p>
            <strong>{t('archive.isArchived', { when: format.dateTime(project.archivedAt) })}</strong>{' '}
            {t('archive.isArchived.meaning')}
          </p>
          {mayArchive && (
            <button type="button" onClick={() => void run('restored')} disabled={busy}>
              {t('archive.restore')}
            </button>
          )}
        </div>
      ) : (
        mayArchive && (
          <p className="no-print">
            <button type="button" className="button-secondary" onClick={() => setAsking(true)} disabled={busy}>
              {t('archive.archive')}
            </button>
          </p>
        )
      )}
      <ConfirmDialog
        open={asking}
        title={t('archive.confirm.title', { code: project.code })}
        confirmLabel={t('archive.confirm.yes')}
        busy={busy}
        onConfirm={() => void run('archived')}
        onCancel={() => setAsking(false)}
      >
        <p>{t('archive.confirm.text')}</p>
      </ConfirmDialog>
    </>
  );
}
