import { FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorCode } from '../../../graphql/errors';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ErrorSummary, SummaryEntry } from '../../../ui/form/ErrorSummary';
import { PageTitle } from '../../../ui/PageTitle';
import { useDraft } from '../../../ui/useDraft';
import { useCreateProject } from '../hooks/useCreateProject';
import { useProjectFormErrors } from '../hooks/useProjectFormErrors';
import { useProjectFormOptions } from '../hooks/useProjectFormOptions';
import { useSetProjectDependencies } from '../hooks/useSetProjectDependencies';
import { useSetProjectMembers } from '../hooks/useSetProjectMembers';
import {
  createInput,
  EDIT_ONLY,
  EMPTY_FACTS,
  FACT_FIELDS,
  fieldId,
  PickedMember,
  PickedProject,
  ProjectFactsValues,
  validateDependencies,
  validateFacts,
  validateMembers,
} from '../project-form';
import { DependenciesField } from './DependenciesField';
import { MembersField } from './MembersField';
import { factLabelKey, ProjectFactsFields } from './ProjectFactsFields';

interface NewProjectDraft {
  facts: ProjectFactsValues;
  members: PickedMember[];
  dependsOn: PickedProject[];
}

/** What the project page says after it was created; `failed` names a part that could not be saved. */
export interface CreatedState {
  created: true;
  failed?: 'members' | 'dependsOn';
}

/**
 * A new project: its facts, members with their roles and what it depends on, in one form. The
 * project is created first, then its members and dependencies are set; its page opens afterwards.
 * What was typed is kept as a draft in the tab until the project is created.
 */
export function NewProjectPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const { options, people } = useProjectFormOptions();
  const createProject = useCreateProject();
  const setMembers = useSetProjectMembers();
  const setDependencies = useSetProjectDependencies();
  const translate = useProjectFormErrors();
  const [draft, setDraft, clearDraft] = useDraft<NewProjectDraft>('project.new', () => ({
    facts: EMPTY_FACTS,
    members: [],
    dependsOn: [],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = FACT_FIELDS.filter((field) => !EDIT_ONLY.includes(field));

  function refuse(next: Record<string, string>, elsewhere: string[] = []) {
    setErrors(next);
    setOther(elsewhere);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const invalid = {
      ...validateFacts(draft.facts, locale, 'create'),
      ...validateMembers(draft.members),
      ...validateDependencies(draft.dependsOn),
    };
    if (Object.keys(invalid).length > 0) {
      refuse(Object.fromEntries(Object.entries(invalid).map(([field, key]) => [field, t(key)])));
      return;
    }
    setErrors({});
    setOther([]);
    setBusy(true);
    let created: { id: string; code: string; version: number };
    try {
      created = await createProject(createInput(draft.facts, locale));
    } catch (error) {
      setBusy(false);
      if (errorCode(error) === 'BAD_USER_INPUT') {
        const { fields: atFields, other: elsewhere } = translate(error);
        if (Object.keys(atFields).length > 0 || elsewhere.length > 0) return refuse(atFields, elsewhere);
      }
      setFailure(error);
      return;
    }
    // The project exists now: whatever fails after this is said on its page, where it can be put right.
    let failed: CreatedState['failed'];
    let version = created.version;
    try {
      if (draft.members.length > 0) {
        failed = 'members';
        version = (
          await setMembers(
            created.id,
            version,
            draft.members.map((member) => ({ personId: member.personId, role: member.role.trim() })),
          )
        ).version;
      }
      if (draft.dependsOn.length > 0) {
        failed = 'dependsOn';
        await setDependencies(
          created.id,
          version,
          draft.dependsOn.map((project) => project.id),
        );
      }
      failed = undefined;
    } catch {
      // `failed` names the part that was refused.
    }
    clearDraft();
    const state: CreatedState = failed ? { created: true, failed } : { created: true };
    navigate(`/projekte/${encodeURIComponent(created.code)}`, { state });
  }

  const label = (field: string): string => {
    if (field === 'members') return t('project.members');
    if (field === 'dependsOn') return t('project.dependencies.dependsOn');
    const member = /^member\.(\d+)\.role$/.exec(field);
    if (member) return t('projectForm.members.roleOf', { name: draft.members[Number(member[1])]?.name ?? '' });
    return t(factLabelKey(field as (typeof fields)[number]));
  };
  const order = [...fields, 'members', ...draft.members.map((_, index) => `member.${index}.role`), 'dependsOn'];
  const entries: SummaryEntry[] = order
    .filter((field) => errors[field])
    .map((field) => ({
      target: field === 'members' ? fieldId('members-add') : fieldId(field),
      label: label(field),
      message: errors[field],
    }));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/projekte">{t('project.backToList')}</Link>
      </p>
      <PageTitle>{t('projectForm.new.title')}</PageTitle>
      <form className="form project-form" onSubmit={submit} noValidate aria-describedby="project-new-intro">
        <p id="project-new-intro">{t('projectForm.new.intro')}</p>
        <ErrorSummary entries={entries} other={other} attempt={attempt} />
        {failure !== null && <ErrorNotice error={failure} />}
        <ProjectFactsFields
          mode="create"
          values={draft.facts}
          onChange={(field, value) =>
            setDraft((previous) => ({ ...previous, facts: { ...previous.facts, [field]: value } }))
          }
          errors={errors}
          options={options}
        />
        <MembersField
          members={draft.members}
          onChange={(members) => setDraft((previous) => ({ ...previous, members }))}
          people={people}
          errors={errors}
        />
        <DependenciesField
          projectId={null}
          dependsOn={draft.dependsOn}
          onChange={(dependsOn) => setDraft((previous) => ({ ...previous, dependsOn }))}
          error={errors.dependsOn}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? t('status.saving') : t('projectForm.new.submit')}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              clearDraft();
              navigate('/projekte');
            }}
          >
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
