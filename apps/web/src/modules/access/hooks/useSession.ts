import { createContext, useContext } from 'react';
import type { SessionPersonFragment } from '../../../graphql/generated/graphql';

export type SessionPerson = SessionPersonFragment;

export type SessionState =
  | { status: 'checking' }
  | { status: 'unreachable' }
  /** `expired`: the session ended without signing out; `deliberate`: the person signed out. */
  | { status: 'signedOut'; expired: boolean; deliberate: boolean }
  | { status: 'signedIn'; person: SessionPerson };

export interface Session {
  state: SessionState;
  /** The signed-in person, else null. */
  person: SessionPerson | null;
  /** Signs in; rejects with the API's error (UNAUTHENTICATED for wrong credentials). */
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Asks the server again after it did not answer. */
  retry(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}
