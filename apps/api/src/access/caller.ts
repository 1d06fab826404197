import { Role } from '@leitstand/shared-domain';
import type { Request } from 'express';

/** How the caller proved who they are. */
export type CallerMethod = 'session' | 'cookie' | 'api-token' | 'oidc';

/** The person behind a request, with the role in force for it. */
export interface Caller {
  personId: string;
  role: Role;
  method: CallerMethod;
  /** The session behind a bearer or cookie session, to end it on logout. */
  sessionId?: string;
  /** API tokens can never write, whatever the person's role. */
  readOnly: boolean;
}

/** The system itself at work (the demo seeder): the access rules let it through, and the history names no one. */
export const SYSTEM = Symbol('the system');

/** Who a write is done for: a person calling, or the system itself. */
export type Acting = Caller | typeof SYSTEM;

/** The person to name in the history as having done it; null for the system. */
export function actorIdOf(acting: Acting): string | null {
  return acting === SYSTEM ? null : acting.personId;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the AccessGuard once the caller is known (null: nobody signed in). */
    caller?: Caller | null;
  }
}

/** A request as the access rules see it: with its caller once the guard has found out who calls. */
export type RequestWithCaller = Request;
