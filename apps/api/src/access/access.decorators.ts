import { Role } from '@leitstand/shared-domain';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../common/errors';
import { Caller, RequestWithCaller } from './caller';

export const ACCESS_RULE = 'leitstand:access-rule';

/** Who may run an operation. Every query and mutation carries exactly one rule; none is a defect. */
export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Anyone, signed in or not (sign-in itself, the health check). */
export const Public = () => SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'public' });

/** Any signed-in person, whatever their role (API tokens included, for reading). */
export const SignedIn = () => SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'roles', roles: ALL_ROLES });

/** Signed-in people with one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata<string, AccessRule>(ACCESS_RULE, { kind: 'roles', roles });

/** The roles that may change projects; which project, the ProjectAccessPolicy decides in the write. */
export const ProjectWriters = () => Roles(Role.ADMIN, Role.PORTFOLIO_MANAGER, Role.PROJECT_LEAD);

export function requestOf(context: ExecutionContext): RequestWithCaller {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithCaller }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithCaller>();
}

/** The signed-in caller of the operation (the AccessGuard has made sure there is one). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = requestOf(context).caller;
  if (!caller) throw new UnauthenticatedError();
  return caller;
});
