import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role, User } from '../../src/auth/entities/user.entity.js';
import { hashPassword } from '../../src/auth/password-hasher.js';
import type { TestApp } from './test-app.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; role: Role };
}

/** Inserts a user (a unique email and password unless given) straight into the database. */
export async function createUser(dataSource: DataSource, fields: Partial<Pick<TestUser, 'email' | 'password' | 'role'>> = {}): Promise<TestUser> {
  const role = fields.role ?? Role.AUTHOR;
  const email = fields.email ?? `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@redazione.test`;
  const password = fields.password ?? `password-${randomBytes(6).toString('hex')}`;
  const { id } = await dataSource.getRepository(User).save({ email, role, displayName: `Test ${role}`, passwordHash: await hashPassword(password) });
  return { id, email, password, role };
}

export const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt user { id email role } }
}`;

export const ME = `{ me { id email role } }`;

/** Logs in over HTTP; fails the test when the login does. */
export async function login(app: TestApp, user: Pick<TestUser, 'email' | 'password'>): Promise<TokenPair> {
  const { data, errors } = await app.graphql<{ login: TokenPair }>(LOGIN, { email: user.email, password: user.password });
  if (!data?.login) throw new Error(`login failed: ${JSON.stringify(errors)}`);
  return data.login;
}

/** A user of `role` inserted and logged in: the headers to act as them. */
export async function actAs(app: TestApp, role: Role): Promise<{ user: TestUser; tokens: TokenPair; headers: Record<string, string> }> {
  const user = await createUser(app.dataSource, { role });
  const tokens = await login(app, user);
  return { user, tokens, headers: bearer(tokens.accessToken) };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The `extensions.code` of the first error, or 'OK' when there is none. */
export function outcome(response: { errors?: { extensions?: Record<string, unknown> }[] }): string {
  return (response.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
}
