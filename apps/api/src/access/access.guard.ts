import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Logger } from 'pino';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import { LOGGER } from '../logging/logging.module';
import { ACCESS_RULE, AccessRule, requestOf } from './access.decorators';
import { AuthenticatorService } from './authenticator.service';
import { Caller, RequestWithCaller } from './caller';
import { hasCsrfProof } from './cookies';

const pending = new WeakMap<RequestWithCaller, Promise<Caller | null>>();

/**
 * The one guard of the API, for every query, mutation and route: it reads the operation's access
 * rule, finds out who calls, and refuses (UNAUTHENTICATED or FORBIDDEN) before anything runs.
 * An operation without a rule is refused too: forgetting one must not open it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: AuthenticatorService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        { handler: `${context.getClass().name}.${context.getHandler().name}` },
        'An operation has no access rule',
      );
      throw new ForbiddenError('This operation has no access rule.');
    }
    if (rule.kind === 'public') return true;

    const request = requestOf(context);
    const caller = await this.callerOf(request);
    if (!caller) throw new UnauthenticatedError();
    // A plain GET route only reads (the exports): a link or a download must reach it with the cookie
    // alone, and another site's page that makes the browser fetch it cannot read the answer.
    if (caller.method === 'cookie' && !isPlainRead(context) && !hasCsrfProof(request)) {
      throw new ForbiddenError('Requests signed in by cookie must carry the X-CSRF-Token header.');
    }
    if (caller.readOnly && isMutation(context))
      throw new ForbiddenError('API tokens are read-only: they can never write.');
    if (!rule.roles.includes(caller.role)) {
      throw new ForbiddenError(`This needs the role ${rule.roles.join(' or ')}; you have ${caller.role}.`);
    }
    return true;
  }

  /** Authenticates once per request, however many root fields the operation has. */
  private callerOf(request: RequestWithCaller): Promise<Caller | null> {
    let caller = pending.get(request);
    if (!caller) {
      caller = this.authenticator.authenticate(request).then((found) => (request.caller = found));
      pending.set(request, caller);
    }
    return caller;
  }
}

function isPlainRead(context: ExecutionContext): boolean {
  if (context.getType<string>() !== 'http') return false;
  const method = context.switchToHttp().getRequest<RequestWithCaller>().method;
  return method === 'GET' || method === 'HEAD';
}

/** A GraphQL mutation, or a plain route that is not a read (the import). */
function isMutation(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'http') return !isPlainRead(context);
  if (context.getType<string>() !== 'graphql') return false;
  return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'mutation';
}
