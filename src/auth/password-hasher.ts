import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id: the package declares its enum as an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;

/**
 * argon2id with OWASP's recommended parameters (19 MiB, 2 passes, 1 lane). `@node-rs/argon2` ships
 * prebuilt binaries, so installing needs no compiler and no install script.
 */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let dummyHash: Promise<string> | undefined;

/** A hash of a random password, computed once: what an unknown email is checked against. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/**
 * Verifies a password, against a throwaway hash when there is no user, so that an unknown email costs
 * the same argon2 work as a wrong password and the response time tells nothing.
 */
export async function verifyPasswordOrDummy(passwordHash: string | undefined, password: string): Promise<boolean> {
  const matches = await verifyPassword(passwordHash ?? (await dummyPasswordHash()), password);
  return passwordHash !== undefined && matches;
}
