import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { UserSession } from './entities/user-session.entity.js';
import { User } from './entities/user.entity.js';

/**
 * Ends every session of a user at once (logout everywhere, password or role change, deactivation):
 * bumping session_version invalidates the access tokens of older sessions on their next request,
 * and revoking the rows refuses their refresh tokens. Returns the new session_version.
 */
export async function endAllSessions(manager: EntityManager, userId: string): Promise<number> {
  const bumped = await manager
    .createQueryBuilder()
    .update(User)
    .set({ sessionVersion: () => 'session_version + 1' })
    .where('id = :userId', { userId })
    .returning('session_version')
    .execute();
  await manager.update(UserSession, { userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  return (bumped.raw as { session_version: number }[])[0]!.session_version;
}

/**
 * Sessions that still work: not revoked, not expired, of an enabled user whose session_version has
 * not moved since the session began (`session` joined with `user`).
 */
export function liveSessions(db: DataSource | EntityManager) {
  return db
    .getRepository(UserSession)
    .createQueryBuilder('session')
    .innerJoin('session.user', 'user')
    .where('session.revoked_at IS NULL AND session.expires_at > now()')
    .andWhere('user.disabled_at IS NULL AND user.session_version = session.session_version');
}
