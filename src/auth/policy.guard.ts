import { applyDecorators, Injectable, SetMetadata, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { actorOf } from './actor.js';
import type { Action } from './permissions.js';
import { PolicyService } from './policy.service.js';
import { requestOf } from './request-of.js';

const ALLOW_ACTION = 'redazione:allow-action';

/** Lets a resolver or controller method run only for roles the permission table grants `action`. */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: PolicyService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const action = this.reflector.getAllAndOverride<Action | undefined>(ALLOW_ACTION, [context.getHandler(), context.getClass()]);
    if (action) this.policy.assertMayAttempt(actorOf(requestOf(context)), action);
    return true;
  }
}

/**
 * `@Allow(Action.ManageUsers)` on a resolver/controller (class or method): anonymous callers get
 * UNAUTHENTICATED, roles without any grant for the action FORBIDDEN. Ownership-scoped grants
 * (AUTHOR and own drafts) still need `PolicyService.assertAllowed` with the resource in the service.
 */
export function Allow(action: Action): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ALLOW_ACTION, action), UseGuards(PolicyGuard));
}
