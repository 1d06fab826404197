import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';
import { Loading } from '../../../ui/Loading';
import { ProjectDependencies } from './ProjectDependencies';

const DependenciesEditor = lazy(() =>
  import('./ProjectDependenciesEditor').then((module) => ({ default: module.DependenciesEditor })),
);

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
        <Suspense fallback={<Loading />}>
          <DependenciesEditor
            project={project}
            onReload={onReload}
            onDone={(after) => {
              setEditing(false);
              if (after === 'saved') setSaved(true);
              else setTimeout(() => button.current?.focus());
            }}
          />
        </Suspense>
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
