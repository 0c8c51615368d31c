import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import type { PaginationArgs } from '../common/pagination/pagination.args.js';
import { requireUserSession, type Actor } from './actor.js';
import { AuthErrors } from './auth.errors.js';
import type { ChangeMyPasswordArgs } from './dto/change-password.args.js';
import type { CreateUserInput, UpdateUserInput } from './dto/user.input.js';
import { Role, User } from './entities/user.entity.js';
import type { AuthPayload } from './models/auth-payload.model.js';
import { toUserModel, type UserModel } from './models/user.model.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { Action } from './permissions.js';
import { PolicyService } from './policy.service.js';
import { endAllSessions } from './session-queries.js';
import { SessionService } from './session.service.js';

/** User accounts: the caller's own (`me`, password) and, for ADMINs, everyone's. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The logged-in user; null for anonymous callers and API tokens, which are no person. */
  async me(actor: Actor | null): Promise<UserModel | null> {
    if (actor?.kind !== 'user') return null;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: actor.userId });
    return user ? toUserModel(user) : null;
  }

  /** Every user, by email, keyset-paginated. */
  async list(actor: Actor | null, { first, after }: PaginationArgs): Promise<Page<UserModel>> {
    this.policy.assertAllowed(actor, Action.ManageUsers);
    const users = this.dataSource.getRepository(User).createQueryBuilder('user');
    const totalCount = await users.getCount();
    const page = users.orderBy('user.email', 'ASC').take(first + 1);
    if (after) page.where('user.email > :after', { after: decodeCursor(after, ['string'])[0] });
    return toPage(await page.getMany(), first, totalCount, Boolean(after), (user) => encodeCursor([user.email]), toUserModel);
  }

  /** Creates a user; a taken email is a CONFLICT, decided by the unique index (no check-then-insert race). */
  async create(actor: Actor | null, input: CreateUserInput): Promise<UserModel> {
    this.policy.assertAllowed(actor, Action.ManageUsers);
    const { password, ...fields } = input;
    const passwordHash = await hashPassword(password);
    const user = await this.write((manager) => manager.getRepository(User).save({ ...fields, authorId: fields.authorId ?? null, passwordHash }));
    return toUserModel(user);
  }

  /**
   * Changes the given fields. A new role or password ends the user's sessions at once, so no token
   * keeps the old rights; the last active ADMIN cannot be demoted.
   */
  async update(actor: Actor | null, id: string, input: UpdateUserInput): Promise<UserModel> {
    this.policy.assertAllowed(actor, Action.ManageUsers);
    const { password, ...fields } = input;
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    return this.write(async (manager) => {
      const user = await lockUser(manager, id);
      const roleChanged = fields.role !== undefined && fields.role !== user.role;
      if (roleChanged) await assertAnotherActiveAdmin(manager, user);
      const changes = { ...fields, ...(passwordHash ? { passwordHash } : {}) };
      if (Object.keys(changes).length > 0) await manager.update(User, { id }, changes);
      if (roleChanged || passwordHash) await endAllSessions(manager, id);
      return toUserModel(await manager.getRepository(User).findOneByOrFail({ id }));
    });
  }

  /** Disables a user: they cannot log in, and their tokens stop working at once. Idempotent. */
  async disable(actor: Actor | null, id: string): Promise<UserModel> {
    this.policy.assertAllowed(actor, Action.ManageUsers);
    return this.write(async (manager) => {
      const user = await lockUser(manager, id);
      if (user.disabledAt) return toUserModel(user);
      await assertAnotherActiveAdmin(manager, user);
      await manager.update(User, { id }, { disabledAt: () => 'now()' });
      await endAllSessions(manager, id);
      return toUserModel(await manager.getRepository(User).findOneByOrFail({ id }));
    });
  }

  /** Lets a disabled user log in again (their old sessions stay ended). Idempotent. */
  async enable(actor: Actor | null, id: string): Promise<UserModel> {
    this.policy.assertAllowed(actor, Action.ManageUsers);
    return this.write(async (manager) => {
      await lockUser(manager, id);
      await manager.update(User, { id }, { disabledAt: null });
      return toUserModel(await manager.getRepository(User).findOneByOrFail({ id }));
    });
  }

  /**
   * Changes the caller's password after checking the current one (rate-limited like a login), ends
   * every session, including this one, and returns a fresh session so this device stays logged in.
   */
  async changeMyPassword(actor: Actor | null, { currentPassword, newPassword }: ChangeMyPasswordArgs): Promise<AuthPayload> {
    const { userId } = requireUserSession(actor);
    const passwordHash = await hashPassword(newPassword);
    return this.write(async (manager) => {
      const user = await lockUser(manager, userId);
      this.limiter.consume(this.sessions.accountLimit, user.email);
      if (!(await verifyPassword(user.passwordHash, currentPassword))) throw AuthErrors.wrongCurrentPassword();
      await manager.update(User, { id: userId }, { passwordHash });
      user.sessionVersion = await endAllSessions(manager, userId);
      return this.sessions.startSession(manager, user);
    });
  }

  /** One transaction per mutation; a taken email or author link becomes a CONFLICT naming the field. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw uniqueViolationToConflict(error);
    }
  }
}

async function lockUser(manager: EntityManager, id: string): Promise<User> {
  const user = await manager.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!user) throw AppError.notFound('User');
  return user;
}

/**
 * Refuses to demote or disable the last active ADMIN, which would lock everyone out of user
 * management. The active admins are locked, so two admins demoting each other cannot both succeed.
 */
async function assertAnotherActiveAdmin(manager: EntityManager, user: User): Promise<void> {
  if (user.role !== Role.ADMIN || user.disabledAt) return;
  const admins = await manager
    .getRepository(User)
    .createQueryBuilder('user')
    .select('user.id')
    .where('user.role = :role AND user.disabled_at IS NULL', { role: Role.ADMIN })
    .setLock('pessimistic_write')
    .getMany();
  if (!admins.some((admin) => admin.id !== user.id)) throw AuthErrors.lastAdmin();
}

function uniqueViolationToConflict(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const { code, detail } = error.driverError as { code?: string; detail?: string };
  if (code !== '23505') return error;
  if (detail?.includes('(email)')) return AuthErrors.emailTaken();
  if (detail?.includes('(author_id)')) return AppError.conflict('This author is already linked to another user', { field: 'authorId' });
  return error;
}
