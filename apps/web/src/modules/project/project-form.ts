import { PROJECT_LIMITS, type Locale } from '@leitstand/shared-domain';
import type { CreateProjectInput, UpdateProjectInput } from '../../graphql/generated/graphql';
import type { MessageKey } from '../../i18n/messages';
import { isIsoDate, parseLocaleNumber } from '../status/status-report';

/**
 * The project's create and edit forms, free of React so that they can be tested alone: the values
 * as typed, the checks before sending, the API's input, and which field an API error path names.
 * Field names: the facts below, `members`, `member.<index>.role`, `dependsOn`.
 */

export interface ProjectFactsValues {
  code: string;
  title: string;
  summary: string;
  fieldId: string;
  departmentId: string;
  leadId: string;
  sponsorId: string;
  /** As the date field gives it (2026-03-31); '' for none. */
  startDate: string;
  plannedEndDate: string;
  forecastEndDate: string;
  actualEndDate: string;
  /** As typed in the language's notation (1.250.000,00 or 1250000); '' for none. */
  budgetPlanned: string;
  budgetSpent: string;
  /** Comma-separated. */
  tags: string;
}

export type FactField = keyof ProjectFactsValues;

export interface PickedMember {
  personId: string;
  name: string;
  role: string;
}

export interface PickedProject {
  id: string;
  code: string;
  title: string;
}

export type FormErrors = Record<string, MessageKey>;

/** The facts in the order the forms show them (create leaves out the ends and the money spent). */
export const FACT_FIELDS: readonly FactField[] = [
  'code',
  'title',
  'summary',
  'fieldId',
  'departmentId',
  'leadId',
  'sponsorId',
  'startDate',
  'plannedEndDate',
  'forecastEndDate',
  'actualEndDate',
  'budgetPlanned',
  'budgetSpent',
  'tags',
];
export const CREATE_ONLY: readonly FactField[] = ['code'];
export const EDIT_ONLY: readonly FactField[] = ['forecastEndDate', 'actualEndDate', 'budgetSpent'];

export const MAX_SUMMARY = 5000;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export const EMPTY_FACTS: ProjectFactsValues = {
  code: '',
  title: '',
  summary: '',
  fieldId: '',
  departmentId: '',
  leadId: '',
  sponsorId: '',
  startDate: '',
  plannedEndDate: '',
  forecastEndDate: '',
  actualEndDate: '',
  budgetPlanned: '',
  budgetSpent: '',
  tags: '',
};

/** An API amount ("1250000.00") as the form shows it in the language (1250000,00). */
export function amountInput(amount: string | null | undefined, locale: Locale): string {
  if (amount == null) return '';
  return locale === 'de' ? amount.replace('.', ',') : amount;
}

/** The facts of a project as the edit form starts with them. */
export function factsOf(
  project: {
    code: string;
    title: string;
    summary?: string | null;
    tags: readonly string[];
    field?: { id: string } | null;
    department?: { id: string } | null;
    lead?: { id: string } | null;
    sponsor?: { id: string } | null;
    startDate?: string | null;
    plannedEndDate?: string | null;
    forecastEndDate?: string | null;
    actualEndDate?: string | null;
    budget: { planned?: string | null; spent?: string | null };
  },
  locale: Locale,
): ProjectFactsValues {
  return {
    code: project.code,
    title: project.title,
    summary: project.summary ?? '',
    fieldId: project.field?.id ?? '',
    departmentId: project.department?.id ?? '',
    leadId: project.lead?.id ?? '',
    sponsorId: project.sponsor?.id ?? '',
    startDate: project.startDate ?? '',
    plannedEndDate: project.plannedEndDate ?? '',
    forecastEndDate: project.forecastEndDate ?? '',
    actualEndDate: project.actualEndDate ?? '',
    budgetPlanned: amountInput(project.budget.planned, locale),
    budgetSpent: amountInput(project.budget.spent, locale),
    tags: project.tags.join(', '),
  };
}

export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** An amount as the API takes it ("1250000.00"), or null where the field is empty. */
function amountOf(text: string, locale: Locale): string | null {
  const value = parseLocaleNumber(text, locale);
  return value === null ? null : value.toFixed(2);
}

/** Checks the facts before anything is sent; returns the message key per field at fault. */
export function validateFacts(values: ProjectFactsValues, locale: Locale, mode: 'create' | 'edit'): FormErrors {
  const errors: FormErrors = {};
  if (mode === 'create' && !CODE.test(values.code.trim())) errors.code = 'projectForm.error.code';
  if (!values.title.trim()) errors.title = 'form.error.required';
  else if (values.title.trim().length > 200) errors.title = 'projectForm.error.tooLong';
  if (values.summary.length > MAX_SUMMARY) errors.summary = 'projectForm.error.tooLong';
  for (const field of ['startDate', 'plannedEndDate', 'forecastEndDate', 'actualEndDate'] as const) {
    if (values[field] && !isIsoDate(values[field])) errors[field] = 'projectForm.error.date';
  }
  for (const field of ['plannedEndDate', 'forecastEndDate', 'actualEndDate'] as const) {
    if (!errors[field] && values[field] && values.startDate && values[field] < values.startDate)
      errors[field] = 'projectForm.error.beforeStart';
  }
  for (const field of ['budgetPlanned', 'budgetSpent'] as const) {
    if (!values[field].trim()) continue;
    const amount = parseLocaleNumber(values[field], locale);
    if (amount === null) errors[field] = 'projectForm.error.amount';
    else if (amount < 0) errors[field] = 'projectForm.error.negative';
  }
  const tags = splitTags(values.tags);
  if (tags.length > 20) errors.tags = 'projectForm.error.tags';
  else if (tags.some((tag) => tag.length > 50)) errors.tags = 'projectForm.error.tagLength';
  return errors;
}

/** Checks the members: each with a role, at most the API's number. */
export function validateMembers(members: readonly PickedMember[]): FormErrors {
  const errors: FormErrors = {};
  if (members.length > PROJECT_LIMITS.members) errors.members = 'projectForm.error.tooManyMembers';
  members.forEach((member, index) => {
    if (!member.role.trim()) errors[`member.${index}.role`] = 'projectForm.error.role';
    else if (member.role.trim().length > 100) errors[`member.${index}.role`] = 'projectForm.error.tooLong';
  });
  return errors;
}

export function validateDependencies(dependsOn: readonly PickedProject[]): FormErrors {
  return dependsOn.length > PROJECT_LIMITS.dependsOn ? { dependsOn: 'projectForm.error.tooManyDependencies' } : {};
}

export function createInput(values: ProjectFactsValues, locale: Locale): CreateProjectInput {
  const tags = splitTags(values.tags);
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    summary: values.summary.trim() || null,
    fieldId: values.fieldId || null,
    departmentId: values.departmentId || null,
    leadId: values.leadId || null,
    sponsorId: values.sponsorId || null,
    startDate: values.startDate || null,
    plannedEndDate: values.plannedEndDate || null,
    budgetPlanned: amountOf(values.budgetPlanned, locale),
    tags,
  };
}

/**
 * What changed against the facts that the form opened with, as the API's update: fields that
 * were not touched are left out, so that a change someone else made to them meanwhile stays.
 */
export function updateInput(
  id: string,
  expectedVersion: number,
  opened: ProjectFactsValues,
  values: ProjectFactsValues,
  locale: Locale,
): UpdateProjectInput {
  const input: UpdateProjectInput = { id, expectedVersion };
  const changed = (field: FactField) => values[field].trim() !== opened[field].trim();
  if (changed('title')) input.title = values.title.trim();
  if (changed('summary')) input.summary = values.summary.trim() || null;
  for (const field of ['fieldId', 'departmentId', 'leadId', 'sponsorId'] as const)
    if (changed(field)) input[field] = values[field] || null;
  for (const field of ['startDate', 'plannedEndDate', 'forecastEndDate', 'actualEndDate'] as const)
    if (changed(field)) input[field] = values[field] || null;
  if (amountOf(values.budgetPlanned, locale) !== amountOf(opened.budgetPlanned, locale))
    input.budgetPlanned = amountOf(values.budgetPlanned, locale);
  if (amountOf(values.budgetSpent, locale) !== amountOf(opened.budgetSpent, locale))
    input.budgetSpent = amountOf(values.budgetSpent, locale);
  if (splitTags(values.tags).join('\n') !== splitTags(opened.tags).join('\n')) input.tags = splitTags(values.tags);
  return input;
}

/** The form field that an API error path points at ('input.plannedEndDate', 'members.2.role', 'dependsOn.0'). */
export function formFieldOfApiPath(path: string): string | null {
  const member = /^members\.(\d+)\.(personId|role)$/.exec(path);
  if (member) return member[2] === 'role' ? `member.${member[1]}.role` : 'members';
  if (path === 'members') return 'members';
  if (path === 'dependsOn' || path.startsWith('dependsOn.')) return 'dependsOn';
  const field = path.replace(/^input\./, '');
  return (FACT_FIELDS as readonly string[]).includes(field) ? field : null;
}

/** A DOM id for a form field. */
export function fieldId(field: string): string {
  return `project-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
