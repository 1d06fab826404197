import { FormEvent, useEffect, useRef, useState } from 'react';
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
import { MembersField } from './MembersField';
import { factLabelKey, ProjectFactsFields } from './ProjectFactsFields';
import { ProjectFacts } from './ProjectFacts';

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
        <FactsEditor project={project} onReload={onReload} onDone={(after) => close(after, 'facts')} />
      </section>
    );
  if (editing === 'members')
    return (
      <section className="card" aria-labelledby="members-edit-heading">
        <MembersEditor project={project} onReload={onReload} onDone={(after) => close(after, 'members')} />
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

function FactsEditor({
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

function MembersEditor({
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

/** An editor's heading; it takes the focus when the editor opens, so that one starts at its top. */
export function EditorHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 id={id} tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
