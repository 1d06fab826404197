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

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the AccessGuard once the caller is known (null: nobody signed in). */
    caller?: Caller | null;
  }
}

/** A request as the access rules see it: with its caller once the guard has found out who calls. */
export type RequestWithCaller = Request;
