import { useMutation } from '@apollo/client/react';
import { SetMyLanguageDocument } from '../../../graphql/generated/graphql';
import type { Locale } from '@leitstand/shared-domain';

/** Tells the API the language that the signed-in person chose, for the mails it writes to them. */
export function useSetMyLanguage() {
  const [mutate] = useMutation(SetMyLanguageDocument);
  return (locale: Locale) => mutate({ variables: { language: locale === 'en' ? 'EN' : 'DE' } });
}
