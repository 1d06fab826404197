import { describe, expect, it } from 'vitest';
import {
  amountInput,
  createInput,
  EMPTY_FACTS,
  factsOf,
  formFieldOfApiPath,
  updateInput,
  validateFacts,
  validateMembers,
} from './project-form';

const chatbot = {
  ...EMPTY_FACTS,
  code: 'DIG-020',
  title: '  Chatbot für den Bürgerservice ',
  startDate: '2027-01-04',
  plannedEndDate: '2027-12-17',
  budgetPlanned: '250.000,00',
  tags: 'KI, Bürgerservice, KI',
};

describe('the project form', () => {
  it('names each field at fault before anything is sent', () => {
    expect(
      validateFacts(
        {
          ...chatbot,
          code: 'DIG 020',
          title: ' ',
          plannedEndDate: '2026-12-31',
          budgetPlanned: '-5',
          tags: 'x'.repeat(51),
        },
        'de',
        'create',
      ),
    ).toEqual({
      code: 'projectForm.error.code',
      title: 'form.error.required',
      plannedEndDate: 'projectForm.error.beforeStart',
      budgetPlanned: 'projectForm.error.negative',
      tags: 'projectForm.error.tagLength',
    });
    expect(validateFacts({ ...chatbot, budgetPlanned: 'viel' }, 'de', 'create')).toEqual({
      budgetPlanned: 'projectForm.error.amount',
    });
    expect(validateFacts(chatbot, 'de', 'create')).toEqual({});
    // The code is not checked where it cannot be changed.
    expect(validateFacts({ ...chatbot, code: '' }, 'de', 'edit')).toEqual({});
  });

  it('asks for the role of each member', () => {
    expect(
      validateMembers([
        { personId: 'a', name: 'Sabine Krämer', role: 'Fachliche Leitung' },
        { personId: 'b', name: 'Murat Yılmaz', role: '  ' },
      ]),
    ).toEqual({ 'member.1.role': 'projectForm.error.role' });
  });

  it('sends amounts as the API takes them, whatever the language they were typed in', () => {
    expect(createInput(chatbot, 'de')).toEqual({
      code: 'DIG-020',
      title: 'Chatbot für den Bürgerservice',
      summary: null,
      fieldId: null,
      departmentId: null,
      leadId: null,
      sponsorId: null,
      startDate: '2027-01-04',
      plannedEndDate: '2027-12-17',
      budgetPlanned: '250000.00',
      tags: ['KI', 'Bürgerservice'],
    });
    expect(createInput({ ...chatbot, budgetPlanned: '250,000.5' }, 'en').budgetPlanned).toBe('250000.50');
    expect(amountInput('1250000.00', 'de')).toBe('1250000,00');
    expect(amountInput('1250000.00', 'en')).toBe('1250000.00');
  });

  it('sends only what was changed, so that what someone else changed meanwhile stays', () => {
    const project = {
      code: 'DIG-020',
      title: 'Chatbot',
      summary: null,
      tags: ['KI'],
      lead: { id: 'lead' },
      startDate: '2027-01-04',
      budget: { planned: '250000.00', spent: null },
    };
    const opened = factsOf(project, 'de');
    expect(updateInput('p1', 3, opened, { ...opened, budgetSpent: '12.500,50' }, 'de')).toEqual({
      id: 'p1',
      expectedVersion: 3,
      budgetSpent: '12500.50',
    });
    expect(updateInput('p1', 3, opened, { ...opened, budgetPlanned: '250.000' }, 'de')).toEqual({
      id: 'p1',
      expectedVersion: 3,
    });
    expect(updateInput('p1', 3, opened, { ...opened, leadId: '', startDate: '', tags: 'KI, Pilot' }, 'de')).toEqual({
      id: 'p1',
      expectedVersion: 3,
      leadId: null,
      startDate: null,
      tags: ['KI', 'Pilot'],
    });
  });

  it("puts the API's refusals at the fields they name", () => {
    expect(formFieldOfApiPath('input.plannedEndDate')).toBe('plannedEndDate');
    expect(formFieldOfApiPath('input.code')).toBe('code');
    expect(formFieldOfApiPath('members.2.role')).toBe('member.2.role');
    expect(formFieldOfApiPath('members.0.personId')).toBe('members');
    expect(formFieldOfApiPath('dependsOn')).toBe('dependsOn');
    expect(formFieldOfApiPath('dependsOn.1')).toBe('dependsOn');
    expect(formFieldOfApiPath('input.expectedVersion')).toBeNull();
  });
});
