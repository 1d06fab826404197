import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { Loading } from '../../../ui/Loading';
import { ProjectFacts } from './ProjectFacts';

// The editors are loaded when first opened: whoever only reads a project never loads them.
const FactsEditor = lazy(() => import('./ProjectFactsEditors').then((module) => ({ default: module.FactsEditor })));
const MembersEditor = lazy(() => import('./ProjectFactsEditors').then((module) => ({ default: module.MembersEditor })));

type Editing = 'none' | 'facts' | 'members';

/**
 * The project's facts, and for those who may edit the project, "edit the facts" and "edit the
 * members", each opening its form in place of the facts.
 */
export function ProjectFactsSection({
  project,
  editable,
  onReload,
}: {
  project: ProjectDetailFragment;
  editable: boolean;
  onReload(): Promise<unknown>;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>('none');
  const [saved, setSaved] = useState<Editing>('none');
  const factsButton = useRef<HTMLButtonElement>(null);
  const membersButton = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (saved !== 'none') savedRef.current?.focus();
  }, [saved]);

  function close(after: 'saved' | 'cancelled', part: Editing) {
    setEditing('none');
    if (after === 'saved') setSaved(part);
    else setTimeout(() => (part === 'facts' ? factsButton : membersButton).current?.focus());
  }

  if (editing === 'facts')
    return (
      <section className="card" aria-labelledby="facts-edit-heading">
        <Suspense fallback={<Loading />}>
          <FactsEditor project={project} onReload={onReload} onDone={(after) => close(after, 'facts')} />
        </Suspense>
      </section>
    );
  if (editing === 'members')
    return (
      <section className="card" aria-labelledby="members-edit-heading">
        <Suspense fallback={<Loading />}>
          <MembersEditor project={project} onReload={onReload} onDone={(after) => close(after, 'members')} />
        </Suspense>
      </section>
    );
  return (
    <>
      {saved !== 'none' && (
        <p role="status" className="notice notice-success" tabIndex={-1} ref={savedRef}>
          {t(saved === 'facts' ? 'projectEdit.facts.saved' : 'projectEdit.members.saved')}
        </p>
      )}
      <ProjectFacts project={project}>
        {editable && (
          <div className="form-actions edit-actions no-print">
            <button
              type="button"
              ref={factsButton}
              onClick={() => {
                setSaved('none');
                setEditing('facts');
              }}
            >
              {t('projectEdit.facts.edit')}
            </button>
            <button
              type="button"
              className="button-secondary"
              ref={membersButton}
              onClick={() => {
                setSaved('none');
                setEditing('members');
              }}
            >
              {t('projectEdit.members.edit')}
            </button>
          </div>
        )}
      </ProjectFacts>
    </>
  );
}
