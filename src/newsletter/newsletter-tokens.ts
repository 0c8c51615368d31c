import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors.js';
import { NewsletterToken, NewsletterTokenPurpose } from './entities/newsletter-token.entity.js';

/** 256 random bits, URL-safe: 43 characters. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Stores the hash of a new token and returns the token itself, which only ever goes into an email. */
export async function issueToken(manager: EntityManager, subscriberId: string, purpose: NewsletterTokenPurpose, expiresAt: Date | null): Promise<string> {
  const token = generateToken();
  await manager.insert(NewsletterToken, { tokenHash: hashToken(token), subscriberId, purpose, expiresAt, usedAt: null });
  return token;
}

export type TokenProblem = 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_USED';

const MESSAGES: Record<TokenProblem, string> = {
  TOKEN_INVALID: 'This link is not valid',
  TOKEN_EXPIRED: 'This link has expired: subscribe again to receive a new one',
  TOKEN_USED: 'This link has already been used',
};

/** A clear BAD_USER_INPUT naming the token and why it cannot be used (`reason`), so a page can explain it. */
export function tokenError(reason: TokenProblem): AppError {
  const message = MESSAGES[reason];
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: [{ field: 'token', messages: [message] }], reason });
}

/**
 * The token row for `token` and `purpose`, or a tokenError. With `lock`, the row stays locked until the
 * transaction ends, so two requests racing with one single-use token cannot both succeed.
 */
export async function findUsableToken(manager: EntityManager, token: string, purpose: NewsletterTokenPurpose, lock: boolean, now = new Date()): Promise<NewsletterToken> {
  const query = manager.getRepository(NewsletterToken).createQueryBuilder('token').where('token.token_hash = :hash AND token.purpose = :purpose', {
    hash: hashToken(token),
    purpose,
  });
  const row = await (lock ? query.setLock('pessimistic_write') : query).getOne();
  if (!row) throw tokenError('TOKEN_INVALID');
  if (row.usedAt) throw tokenError('TOKEN_USED');
  if (row.expiresAt && row.expiresAt <= now) throw tokenError('TOKEN_EXPIRED');
  return row;
}
