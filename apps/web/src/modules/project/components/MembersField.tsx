import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { Combobox, ComboboxOption } from '../../../ui/form/Combobox';
import { fieldId, PickedMember } from '../project-form';

/**
 * The members of a project with their roles: each listed with its role and a button to remove it,
 * and a searchable picker that adds a person; the new member's role field takes the focus.
 */
export function MembersField({
  members,
  onChange,
  people,
  errors,
}: {
  members: readonly PickedMember[];
  onChange(members: PickedMember[]): void;
  people: readonly ComboboxOption[];
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const [added, setAdded] = useState<string | null>(null);
  const roleRefs = useRef(new Map<string, HTMLInputElement>());
  const pickerRef = useRef<HTMLDivElement>(null);
  const offered = people.filter((person) => !members.some((member) => member.personId === person.value));

  useEffect(() => {
    if (added) roleRefs.current.get(added)?.focus();
  }, [added]);

  function remove(index: number) {
    onChange(members.filter((_, at) => at !== index));
    // The focus would be lost with the removed row; it goes to the picker.
    pickerRef.current?.querySelector('input')?.focus();
  }

  return (
    <fieldset className="card" aria-describedby={errors.members ? `${fieldId('members')}-error` : undefined}>
      <legend>{t('project.members')}</legend>
      {errors.members && (
        <p id={`${fieldId('members')}-error`} className="field-error">
          {errors.members}
        </p>
      )}
      {members.length === 0 ? (
        <p className="muted">{t('projectForm.members.none')}</p>
      ) : (
        <ul className="picked-list">
          {members.map((member, index) => {
            const field = `member.${index}.role`;
            const id = fieldId(field);
            return (
              <li key={member.personId}>
                <span className="picked-name">{member.name}</span>
                <div className="field">
                  <label htmlFor={id}>{t('projectForm.members.roleOf', { name: member.name })}</label>
                  <input
                    id={id}
                    type="text"
                    maxLength={100}
                    value={member.role}
                    ref={(element) => {
                      if (element) roleRefs.current.set(member.personId, element);
                      else roleRefs.current.delete(member.personId);
                    }}
                    aria-invalid={errors[field] ? true : undefined}
                    aria-describedby={errors[field] ? `${id}-error` : `${fieldId('members')}-role-hint`}
                    onChange={(event) =>
                      onChange(members.map((one, at) => (at === index ? { ...one, role: event.target.value } : one)))
                    }
                  />
                  {errors[field] && (
                    <p id={`${id}-error`} className="field-error">
                      {errors[field]}
                    </p>
                  )}
                </div>
                <button type="button" className="button-secondary button-small" onClick={() => remove(index)}>
                  {t('projectForm.remove', { name: member.name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p id={`${fieldId('members')}-role-hint`} className="hint">
        {t('projectForm.members.roleHint')}
      </p>
      <div ref={pickerRef}>
        <Combobox
          id={fieldId('members-add')}
          label={t('projectForm.members.add')}
          hint={t('projectForm.members.addHint')}
          options={offered}
          onSelect={(option) => {
            onChange([...members, { personId: option.value, name: option.label, role: '' }]);
            setAdded(option.value);
          }}
        />
      </div>
    </fieldset>
  );
}
