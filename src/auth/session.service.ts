import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RateLimiter, type RateLimit } from '../common/rate-limiter.js';
import { AppConfig } from '../config/app-config.js';
import { AccessTokens } from './access-tokens.js';
import { requireUserSession, type Actor } from './actor.js';
import { AuthErrors } from './auth.errors.js';
import type { LoginArgs } from './dto/login.args.js';
import { normalizeEmail } from './email.js';
import { UserSession } from './entities/user-session.entity.js';
import { User } from './entities/user.entity.js';
import type { AuthPayload } from './models/auth-payload.model.js';
import { toUserModel } from './models/user.model.js';
import { dummyPasswordHash, verifyPasswordOrDummy } from './password-hasher.js';
import { hashSecret, newSecret, REFRESH_TOKEN_PREFIX } from './secure-token.js';
import { endAllSessions, liveSessions } from './session-queries.js';

const DAY_MS = 86_400_000;

/** Login sessions: log in, refresh (rotating the refresh token), log out. */
@Injectable()
export class SessionService implements OnModuleInit {
  /** Attempts per account: also counts password checks in changeMyPassword. */
  readonly accountLimit: RateLimit;
  private readonly ipLimit: RateLimit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {
    const windowMs = config.LOGIN_RATE_WINDOW_SECONDS * 1000;
    this.accountLimit = { name: 'login:account', limit: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs };
    this.ipLimit = { name: 'login:ip', limit: config.LOGIN_MAX_ATTEMPTS_PER_IP, windowMs };
  }

  /** Hash the dummy password at boot, so the first unknown-email login is not slower than the others. */
  async onModuleInit(): Promise<void> {
    await dummyPasswordHash();
  }

  /**
   * Checks the password and starts a session. Rate-limited per IP and per account before any work;
   * an unknown email, a wrong password and a disabled account get the same answer after the same
   * argon2 work. A success clears the account's failed attempts (not the IP's).
   */
  async login({ email, password }: LoginArgs, clientIp: string): Promise<AuthPayload> {
    const normalized = normalizeEmail(email);
    this.limiter.consume(this.ipLimit, clientIp);
    this.limiter.consume(this.accountLimit, normalized);
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: normalized } });
    const matches = await verifyPasswordOrDummy(user?.passwordHash, password);
    if (!user || !matches || user.disabledAt) throw AuthErrors.invalidCredentials();
    this.limiter.reset(this.accountLimit, normalized);
    return this.dataSource.transaction((manager) => this.startSession(manager, user));
  }

  /**
   * Exchanges a refresh token for a new pair, in the same session. Each refresh token works once: a
   * rotated one presented again means it leaked (or was replayed), and the whole session is revoked.
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const payload = await this.dataSource.transaction((manager) => this.rotate(manager, hashSecret(refreshToken)));
    if (!payload) throw AuthErrors.invalidRefreshToken();
    return payload;
  }

  /** Revokes the caller's session: its access and refresh tokens stop working at once. */
  async logout(actor: Actor | null): Promise<boolean> {
    const { sessionId } = requireUserSession(actor);
    await this.dataSource.transaction((manager) => manager.update(UserSession, { id: sessionId }, { revokedAt: () => 'now()' }));
    return true;
  }

  /** Ends every session of the caller, on every device. */
  async logoutEverywhere(actor: Actor | null): Promise<boolean> {
    const { userId } = requireUserSession(actor);
    await this.dataSource.transaction((manager) => endAllSessions(manager, userId));
    return true;
  }

  /** A new session for `user` (whose sessionVersion must be current), within the caller's transaction. */
  async startSession(manager: EntityManager, user: User): Promise<AuthPayload> {
    const refreshToken = newSecret(REFRESH_TOKEN_PREFIX);
    const expiresAt = this.refreshExpiry();
    const session = await manager.getRepository(UserSession).save({
      userId: user.id,
      refreshTokenHash: hashSecret(refreshToken),
      previousRefreshTokenHash: null,
      sessionVersion: user.sessionVersion,
      expiresAt,
      revokedAt: null,
    });
    return this.payload(user, session.id, refreshToken, expiresAt);
  }

  private async rotate(manager: EntityManager, hash: string): Promise<AuthPayload | null> {
    const sessions = manager.getRepository(UserSession);
    const replayed = await sessions.update({ previousRefreshTokenHash: hash }, { revokedAt: () => 'now()' });
    if (replayed.affected) return null;
    const session = await liveSessions(manager)
      .addSelect('user')
      .andWhere('session.refresh_token_hash = :hash', { hash })
      .setLock('pessimistic_write', undefined, ['session'])
      .getOne();
    if (!session?.user) return null;
    const refreshToken = newSecret(REFRESH_TOKEN_PREFIX);
    const expiresAt = this.refreshExpiry();
    await sessions.update({ id: session.id }, { refreshTokenHash: hashSecret(refreshToken), previousRefreshTokenHash: hash, expiresAt });
    return this.payload(session.user, session.id, refreshToken, expiresAt);
  }

  private async payload(user: User, sessionId: string, refreshToken: string, refreshTokenExpiresAt: Date): Promise<AuthPayload> {
    const access = await this.accessTokens.sign({ userId: user.id, sessionId });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, user: toUserModel(user) };
  }

  /** Sessions slide: each refresh extends the session by REFRESH_TOKEN_TTL_DAYS from now. */
  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS);
  }
}

