import { useCallback } from 'react';
import { fieldErrors } from '../../../graphql/errors';
import type { MessageKey } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/useI18n';
import { formFieldOfApiPath } from '../project-form';

/** The API's messages for a project's fields that the forms say in the reader's language. */
const KNOWN: readonly [RegExp, MessageKey][] = [
  [/already the code of another project/, 'projectForm.error.codeTaken'],
  [/would close a cycle/, 'projectForm.error.cycle'],
  [/cannot depend on itself/, 'projectForm.error.self'],
  [/must not be before the start date/, 'projectForm.error.beforeStart'],
  [/must not be after the planned end date/, 'projectForm.error.afterEnd'],
  [/is already in the list/, 'projectForm.error.duplicate'],
  [/is not the id of/, 'projectForm.error.gone'],
];

/**
 * The fields at fault of a BAD_USER_INPUT answer, as form field → text: known messages translated,
 * others as the API gave them; what names no field of the form goes to `other`.
 */
export function useProjectFormErrors() {
  const { t } = useI18n();
  return useCallback(
    (error: unknown): { fields: Record<string, string>; other: string[] } => {
      const fields: Record<string, string> = {};
      const other: string[] = [];
      for (const { path, message } of fieldErrors(error)) {
        const known = KNOWN.find(([pattern]) => pattern.test(message));
        const text = known ? t(known[1]) : message;
        const field = formFieldOfApiPath(path);
        if (field) fields[field] = text;
        else other.push(text);
      }
      return { fields, other };
    },
    [t],
  );
}
