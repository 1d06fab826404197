import { FormEvent, useState } from 'react';
import type { ProjectDetailFragment } from '../../../graphql/generated/graphql';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { ConflictNotice } from '../../../ui/form/ConflictNotice';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { useEditSubmit } from '../hooks/useEditSubmit';
import { useProjectFormOptions } from '../hooks/useProjectFormOptions';
import { useSetProjectMembers } from '../hooks/useSetProjectMembers';
import { useUpdateProject } from '../hooks/useUpdateProject';
import {
  CREATE_ONLY,
  FACT_FIELDS,
  FactField,
  factsOf,
  fieldId,
  PickedMember,
  ProjectFactsValues,
  updateInput,
  validateFacts,
  validateMembers,
} from '../project-form';
import { EditorHeading } from './EditorHeading';
import { MembersField } from './MembersField';
import { factLabelKey, ProjectFactsFields } from './ProjectFactsFields';

/** The editors of a project's facts and of its members; loaded when one of them is first opened. */

/** The server's value of a fact as a person reads it, for "meanwhile on the server". */
function useFactText() {
  const { t } = useI18n();
  const format = useFormat();
  return (field: FactField, values: ProjectFactsValues, project: ProjectDetailFragment): string => {
    const none = t('format.none');
    const value = values[field];
    switch (field) {
      case 'fieldId':
        return project.field?.name ?? none;
      case 'departmentId':
        return project.department ? `${project.department.code} – ${project.department.name}` : none;
      case 'leadId':
        return project.lead?.name ?? none;
      case 'sponsorId':
        return project.sponsor?.name ?? none;
      case 'startDate':
      case 'plannedEndDate':
      case 'forecastEndDate':
      case 'actualEndDate':
        return format.date(value || null);
      case 'budgetPlanned':
        return format.money(project.budget.planned, project.budget.currency);
      case 'budgetSpent':
        return format.money(project.budget.spent, project.budget.currency);
      default:
        return value || none;
    }
  };
}

export function FactsEditor({
  project,
  onReload,
  onDone,
}: {
  project: ProjectDetailFragment;
  onReload(): Promise<unknown>;
  onDone(after: 'saved' | 'cancelled'): void;
}) {
  const { t, locale } = useI18n();
  const { options } = useProjectFormOptions();
  const updateProject = useUpdateProject();
  const edit = useEditSubmit(onReload);
  const [opened] = useState(() => factsOf(project, locale));
  const [values, setValues] = useState(opened);
  const factText = useFactText();
  const now = factsOf(project, locale);
  const fields = FACT_FIELDS.filter((field) => !CREATE_ONLY.includes(field));
  const meanwhile: Partial<Record<FactField, string>> = {};
  for (const field of fields) if (now[field] !== opened[field]) meanwhile[field] = factText(field, now, project);

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = updateInput(project.id, project.version, opened, values, locale);
    if (Object.keys(input).length === 2 && edit.conflict === 'none') return onDone('cancelled');
    const done = await edit.submit(validateFacts(values, locale, 'edit'), async () => {
      await updateProject(input);
    });
    if (done) onDone('saved');
  }

  return (
    <form className="form project-form" onSubmit={save} noValidate>
      <EditorHeading id="facts-edit-heading">{t('projectEdit.facts.title')}</EditorHeading>
      <ConflictNotice state={edit.conflict} reloading={edit.reloading} onReload={() => void edit.reload()} />
      <ErrorSummary
        attempt={edit.attempt}
        other={edit.other}
        entries={fields
          .filter((field) => edit.errors[field])
          .map((field) => ({ target: fieldId(field), label: t(factLabelKey(field)), message: edit.errors[field] }))}
      />
      {edit.failure !== null && <ErrorNotice error={edit.failure} />}
      <ProjectFactsFields
        mode="edit"
        values={values}
        onChange={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
        errors={edit.errors}
        options={options}
        meanwhile={meanwhile}
      />
      <div className="form-actions">
        <button type="submit" disabled={edit.busy}>
          {edit.busy ? t('status.saving') : t('projectEdit.facts.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone('cancelled')}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

function membersOf(project: ProjectDetailFragment): PickedMember[] {
  return project.members.map((member) => ({ personId: member.person.id, name: member.person.name, role: member.role }));
}

const describeMembers = (members: readonly PickedMember[]) =>
  members.map((member) => `${member.name} (${member.role})`).join(', ');

export function MembersEditor({
  project,
  onReload,
  onDone,
}: {
  project: ProjectDetailFragment;
  onReload(): Promise<unknown>;
  onDone(after: 'saved' | 'cancelled'): void;
}) {
  const { t } = useI18n();
  const { people } = useProjectFormOptions();
  const setMembers = useSetProjectMembers();
  const edit = useEditSubmit(onReload);
  const [opened] = useState(() => membersOf(project));
  const [members, setMembersDraft] = useState(opened);
  const now = membersOf(project);
  const changedMeanwhile = describeMembers(now) !== describeMembers(opened);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await edit.submit(validateMembers(members), async () => {
      await setMembers(
        project.id,
        project.version,
        members.map((member) => ({ personId: member.personId, role: member.role.trim() })),
      );
    });
    if (done) onDone('saved');
  }

  const entries = [
    ...(edit.errors.members
      ? [{ target: fieldId('members-add'), label: t('project.members'), message: edit.errors.members }]
      : []),
    ...members.flatMap((member, index) => {
      const field = `member.${index}.role`;
      return edit.errors[field]
        ? [
            {
              target: fieldId(field),
              label: t('projectForm.members.roleOf', { name: member.name }),
              message: edit.errors[field],
            },
          ]
        : [];
    }),
  ];

  return (
    <form className="form project-form" onSubmit={save} noValidate>
      <EditorHeading id="members-edit-heading">{t('projectEdit.members.title')}</EditorHeading>
      <ConflictNotice state={edit.conflict} reloading={edit.reloading} onReload={() => void edit.reload()} />
      <ErrorSummary attempt={edit.attempt} other={edit.other} entries={entries} />
      {edit.failure !== null && <ErrorNotice error={edit.failure} />}
      {changedMeanwhile && (
        <p className="hint hint-changed">
          {t('status.changedMeanwhile', { value: describeMembers(now) || t('projectForm.members.none') })}
        </p>
      )}
      <MembersField members={members} onChange={setMembersDraft} people={people} errors={edit.errors} />
      <div className="form-actions">
        <button type="submit" disabled={edit.busy}>
          {edit.busy ? t('status.saving') : t('projectEdit.members.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone('cancelled')}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
