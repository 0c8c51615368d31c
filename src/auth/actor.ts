import type { Role } from './entities/user.entity.js';
import { AuthErrors } from './auth.errors.js';

/** Who is calling: a user through a login session, or a tool through an API token. */
export type Actor =
  | { kind: 'user'; userId: string; role: Role; sessionId: string }
  | { kind: 'apiToken'; userId: null; role: Role; apiTokenId: string };

/**
 * What the authentication middleware found on a request: no credentials (anonymous), a valid actor,
 * or credentials that did not check out (`rejected`), which fail any operation that reads the actor.
 */
export type RequestAuth = { actor: Actor | null; rejected: boolean };

export interface AuthenticatedRequest {
  auth?: RequestAuth;
}

export const ANONYMOUS: Readonly<RequestAuth> = Object.freeze({ actor: null, rejected: false });

/**
 * The actor of a request, or null when it carried no credentials. A token that was presented but is
 * expired or revoked is an error rather than anonymity, so the client knows to refresh or log in again.
 */
export function actorOf(request: AuthenticatedRequest): Actor | null {
  const auth = request.auth ?? ANONYMOUS;
  if (auth.rejected) throw AuthErrors.invalidToken();
  return auth.actor;
}

/** Logout and password changes concern a person's login session, not an API token. */
export function requireUserSession(actor: Actor | null): Extract<Actor, { kind: 'user' }> {
  if (!actor) throw AuthErrors.authenticationRequired();
  if (actor.kind !== 'user') throw AuthErrors.userSessionRequired();
  return actor;
}
