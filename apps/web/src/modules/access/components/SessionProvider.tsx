import { useApolloClient } from '@apollo/client/react';
import { ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { onSessionLost } from '../../../graphql/client';
import { errorCode } from '../../../graphql/errors';
import { MeDocument, SignInDocument, SignOutDocument } from '../../../graphql/generated/graphql';
import { mayHaveSession } from '../../../graphql/session-cookie';
import { clearAllDrafts } from '../../../ui/useDraft';
import { Session, SessionContext, SessionState } from '../hooks/useSession';

function initialState(): SessionState {
  return mayHaveSession() ? { status: 'checking' } : { status: 'signedOut', expired: false, deliberate: false };
}

/**
 * Knows who is signed in. Without the CSRF cookie nobody is, and no request is needed; with it,
 * `me` tells. Whenever the API answers UNAUTHENTICATED the session is over: the cache is emptied
 * and the protected routes send the person to sign-in, remembering where they were.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<SessionState>(initialState);

  useEffect(() => {
    if (state.status !== 'checking') return;
    let current = true;
    client
      .query({ query: MeDocument, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (!current) return;
        setState(data ? { status: 'signedIn', person: data.me } : { status: 'unreachable' });
      })
      .catch((error: unknown) => {
        if (!current) return;
        setState(
          errorCode(error) === 'UNAUTHENTICATED'
            ? { status: 'signedOut', expired: true, deliberate: false }
            : { status: 'unreachable' },
        );
      });
    return () => {
      current = false;
    };
  }, [client, state.status]);

  useEffect(
    () =>
      onSessionLost(() => {
        setState((previous) =>
          previous.status === 'signedIn' ? { status: 'signedOut', expired: true, deliberate: false } : previous,
        );
        void client.clearStore();
      }),
    [client],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({ mutation: SignInDocument, variables: { email, password } });
      if (!data) throw new Error('The sign-in gave no answer');
      // Nothing that the previous person saw may stay in the cache.
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: data.login.person } });
      setState({ status: 'signedIn', person: data.login.person });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    try {
      await client.mutate({ mutation: SignOutDocument });
    } catch {
      // Signed out either way: a session that is already gone cannot be ended twice.
    }
    await client.clearStore();
    clearAllDrafts();
    setState({ status: 'signedOut', expired: false, deliberate: true });
  }, [client]);

  const retry = useCallback(() => setState(initialState()), []);

  const value = useMemo<Session>(
    () => ({ state, person: state.status === 'signedIn' ? state.person : null, signIn, signOut, retry }),
    [state, signIn, signOut, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
