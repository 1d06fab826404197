import { FormEvent, useState } from 'react';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ConflictNotice } from '../../../ui/form/ConflictNotice';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { useEditSubmit } from '../hooks/useEditSubmit';
import { useSetProjectDependencies } from '../hooks/useSetProjectDependencies';
import { fieldId, PickedProject, validateDependencies } from '../project-form';
import { DependenciesField } from './DependenciesField';
import { EditorHeading } from './EditorHeading';

/** The editor of what a project depends on; loaded when it is first opened. */

const picked = (project: ProjectDetailFragment): PickedProject[] =>
  project.dependsOn.map((other) => ({ id: other.id, code: other.code, title: other.title }));

export function DependenciesEditor({
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
