import { useCallback } from 'react';
import { fieldErrors } from '../../../graphql/errors';
import { useInputProblemText } from '../../../graphql/useInputProblemText';
import { formFieldOfApiPath } from '../project-form';

/**
 * The fields at fault of a BAD_USER_INPUT answer, as form field → text in the reader's language
 * (from each problem's code); what names no field of the form goes to `other`.
 */
export function useProjectFormErrors() {
  const problemText = useInputProblemText();
  return useCallback(
    (error: unknown): { fields: Record<string, string>; other: string[] } => {
      const fields: Record<string, string> = {};
      const other: string[] = [];
      for (const problem of fieldErrors(error)) {
        const field = formFieldOfApiPath(problem.path);
        if (field) fields[field] = problemText(problem);
        else other.push(problemText(problem));
      }
      return { fields, other };
    },
    [problemText],
  );
}
