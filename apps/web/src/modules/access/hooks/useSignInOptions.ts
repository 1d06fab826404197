import { useQuery } from '@apollo/client/react';
import { RETURN_PARAM } from '@leitstand/shared-domain';
import { SignInOptionsDocument } from '../../../graphql/generated/graphql';
import { useI18n } from '../../../i18n/useI18n';

export interface SingleSignOn {
  /** The button's label in the reader's language: as configured, else our own words. */
  label: string;
  /** The address that starts the sign-in at the provider and comes back to `returnTo`. */
  signInHref(returnTo: string): string;
  /** Where the browser goes after signing out, to sign out at the provider too. */
  signOutPath: string;
}

export interface SignInOptions {
  /** False until the server has answered. */
  loaded: boolean;
  /** Whether email and password are accepted; assumed until the server says otherwise. */
  localLogin: boolean;
  singleSignOn: SingleSignOn | null;
}

/** How people can sign in here, as the server says (the public signInOptions query). */
export function useSignInOptions(): SignInOptions {
  const { t, locale } = useI18n();
  const { data } = useQuery(SignInOptionsDocument, { fetchPolicy: 'cache-first' });
  const options = data?.signInOptions;
  const sso = options?.singleSignOn;
  return {
    loaded: options !== undefined,
    localLogin: options?.localLogin ?? true,
    singleSignOn: sso
      ? {
          label: (locale === 'en' ? sso.labelEn : sso.label) ?? t('signIn.sso.button'),
          signInHref: (returnTo) =>
            returnTo === '/' ? sso.signInPath : `${sso.signInPath}?${RETURN_PARAM}=${encodeURIComponent(returnTo)}`,
          signOutPath: sso.signOutPath,
        }
      : null,
  };
}
