import { createHash, randomBytes } from 'node:crypto';

/** Prefixes that say what a secret is, so secret scanners and people can recognize a leaked one. */
export const API_TOKEN_PREFIX = 'rdz_';
export const REFRESH_TOKEN_PREFIX = 'rdzr_';

/** A new secret of 256 random bits, prefixed. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256 in hex: enough for secrets of 256 random bits (no dictionary to try, unlike passwords),
 * and fast enough to look a token up on every request.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
