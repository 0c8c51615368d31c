/** What other modules use from auth: the caller, the policy and the decorators. */
export { type Actor } from './actor.js';
export { ClientIp, CurrentActor } from './current-actor.decorator.js';
export { Role } from './entities/user.entity.js';
export { Action, isAllowed, PERMISSIONS, type PolicyResource, type Scope } from './permissions.js';
export { jwtKey } from './jwt-key.js';
export { Allow } from './policy.guard.js';
export { PolicyService } from './policy.service.js';
