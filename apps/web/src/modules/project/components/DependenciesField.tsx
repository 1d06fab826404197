import { useRef } from 'react';
import { useContentLang } from '../../../i18n/useContentLang';
import { useI18n } from '../../../i18n/useI18n';
import { Combobox } from '../../../ui/form/Combobox';
import { useProjectPicker } from '../hooks/useProjectPicker';
import { fieldId, PickedProject } from '../project-form';

/**
 * What a project depends on: each listed with a button to remove it, and a searchable picker of
 * the portfolio's projects (found by code, title or tag on the server). A list that would close a
 * cycle is refused by the API, and the refusal is shown here.
 */
export function DependenciesField({
  projectId,
  dependsOn,
  onChange,
  error,
}: {
  /** The project itself, which is never offered; none while it is being created. */
  projectId: string | null;
  dependsOn: readonly PickedProject[];
  onChange(dependsOn: PickedProject[]): void;
  error?: string;
}) {
  const { t } = useI18n();
  const lang = useContentLang();
  const pickerRef = useRef<HTMLDivElement>(null);
  const exclude = [...dependsOn.map((project) => project.id), ...(projectId ? [projectId] : [])];
  const { options, nodes, setQuery } = useProjectPicker(exclude, lang);

  return (
    <fieldset className="card">
      <legend>{t('project.dependencies.dependsOn')}</legend>
      <p className="hint">{t('project.dependencies.intro')}</p>
      {dependsOn.length === 0 ? (
        <p className="muted">{t('project.dependencies.none')}</p>
      ) : (
        <ul className="picked-list">
          {dependsOn.map((project) => (
            <li key={project.id}>
              <span className="picked-name">
                {project.code} <span lang={lang}>{project.title}</span>
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => {
                  onChange(dependsOn.filter((one) => one.id !== project.id));
                  pickerRef.current?.querySelector('input')?.focus();
                }}
              >
                {t('projectForm.remove', { name: project.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div ref={pickerRef}>
        <Combobox
          id={fieldId('dependsOn')}
          label={t('projectForm.dependencies.add')}
          hint={t('projectForm.dependencies.addHint')}
          error={error}
          options={options}
          filter={false}
          onQueryChange={setQuery}
          onSelect={(option) => {
            const project = nodes.find((node) => node.id === option.value);
            if (project) onChange([...dependsOn, { id: project.id, code: project.code, title: project.title }]);
          }}
        />
      </div>
    </fieldset>
  );
}
