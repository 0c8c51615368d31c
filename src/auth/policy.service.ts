import { Injectable } from '@nestjs/common';
import type { Actor } from './actor.js';
import { AuthErrors } from './auth.errors.js';
import { Action, isAllowed, scopeOf, type PolicyResource } from './permissions.js';

/** The one gate every write goes through: it reads the PERMISSIONS table and nothing else. */
@Injectable()
export class PolicyService {
  /**
   * Returns the actor when the table allows `action` on `resource`; throws UNAUTHENTICATED for an
   * anonymous caller and FORBIDDEN otherwise. Pass the resource for ownership- or status-scoped
   * actions (an AUTHOR editing their own draft).
   */
  assertAllowed(actor: Actor | null, action: Action, resource?: PolicyResource): Actor {
    if (!actor) throw AuthErrors.authenticationRequired();
    if (!isAllowed(actor.role, action, actor.userId, resource)) throw AuthErrors.forbidden();
    return actor;
  }

  /**
   * The check a guard can make before the resource is loaded: whether the actor's role may ever
   * perform `action`. Scoped grants pass here and are decided by `assertAllowed` in the service.
   */
  assertMayAttempt(actor: Actor | null, action: Action): Actor {
    if (!actor) throw AuthErrors.authenticationRequired();
    if (scopeOf(actor.role, action) === undefined) throw AuthErrors.forbidden();
    return actor;
  }

  /** Whether the actor may perform `action` on `resource`, for filtering rather than failing. */
  allows(actor: Actor | null, action: Action, resource?: PolicyResource): boolean {
    return actor !== null && isAllowed(actor.role, action, actor.userId, resource);
  }
}
