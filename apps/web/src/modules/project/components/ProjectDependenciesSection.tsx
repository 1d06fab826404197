import { FormEvent, useEffect, useRef, useState } from 'react';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ConflictNotice } from '../../../ui/form/ConflictNotice';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { useEditSubmit } from '../hooks/useEditSubmit';
import { useSetProjectDependencies } from '../hooks/useSetProjectDependencies';
import { fieldId, PickedProject, validateDependencies } from '../project-form';
import { DependenciesField } from './DependenciesField';
import { ProjectDependencies } from './ProjectDependencies';
import { EditorHeading } from './ProjectFactsSection';

/** What the project depends on and what depends on it; for those who may, an editor of the former. */
export function ProjectDependenciesSection({
  project,
  editable,
  onReload,
}: {
  project: ProjectDetailFragment;
  editable: boolean;
  onReload(): Promise<unknown>;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  if (editing)
    return (
      <section id="dependencies" className="card" aria-labelledby="dependencies-edit-heading">
        <DependenciesEditor
          project={project}
          onReload={onReload}
          onDone={(after) => {
            setEditing(false);
            if (after === 'saved') setSaved(true);
            else setTimeout(() => button.current?.focus());
          }}
        />
      </section>
    );
  return (
    <>
      {saved && (
        <p role="status" className="notice notice-success" tabIndex={-1} ref={savedRef}>
          {t('projectEdit.dependencies.saved')}
        </p>
      )}
      <ProjectDependencies dependsOn={project.dependsOn} dependents={project.dependents}>
        {editable && (
          <div className="form-actions edit-actions no-print">
            <button
              type="button"
              ref={button}
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('projectEdit.dependencies.edit')}
            </button>
          </div>
        )}
      </ProjectDependencies>
    </>
  );
}

const picked = (project: ProjectDetailFragment): PickedProject[] =>
  project.dependsOn.map((other) => ({ id: other.id, code: other.code, title: other.title }));

function DependenciesEditor({
  project,
  onReload,
  onDone,
}: {
  project: ProjectDetailFragment;
  onReload(): Promise<unknown>;
  onDone(after: 'saved' | 'cancelled'): void;
}) {
  const { t } = useI18n();
  const setDependencies = useSetProjectDependencies();
  const edit = useEditSubmit(onReload);
  const [opened] = useState(() => picked(project));
  const [dependsOn, setDependsOn] = useState(opened);
  const codes = (list: PickedProject[]) => list.map((other) => other.code).join(', ');
  const now = picked(project);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await edit.submit(validateDependencies(dependsOn), async () => {
      await setDependencies(
        project.id,
        project.version,
        dependsOn.map((other) => other.id),
      );
    });
    if (done) onDone('saved');
  }

  return (
    <form className="form" onSubmit={save} noValidate>
      <EditorHeading id="dependencies-edit-heading">{t('projectEdit.dependencies.title')}</EditorHeading>
      <ConflictNotice state={edit.conflict} reloading={edit.reloading} onReload={() => void edit.reload()} />
      <ErrorSummary
        attempt={edit.attempt}
        other={edit.other}
        entries={
          edit.errors.dependsOn
            ? [
                {
                  target: fieldId('dependsOn'),
                  label: t('project.dependencies.dependsOn'),
                  message: edit.errors.dependsOn,
                },
              ]
            : []
        }
      />
      {edit.failure !== null && <ErrorNotice error={edit.failure} />}
      {codes(now) !== codes(opened) && (
        <p className="hint hint-changed">
          {t('status.changedMeanwhile', { value: codes(now) || t('project.dependencies.none') })}
        </p>
      )}
      <DependenciesField
        projectId={project.id}
        dependsOn={dependsOn}
        onChange={setDependsOn}
        error={edit.errors.dependsOn}
      />
      <div className="form-actions">
        <button type="submit" disabled={edit.busy}>
          {edit.busy ? t('status.saving') : t('projectEdit.dependencies.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone('cancelled')}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
