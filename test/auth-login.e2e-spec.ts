import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureFirstAdmin } from '../src/auth/first-admin.js';
import { Role } from '../src/auth/entities/user.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { bearer, createUser, LOGIN, login, ME, outcome } from './support/users.js';

const LOGIN_TWICE = `mutation { a: login(email: "x@y.z", password: "p") { accessToken } b: login(email: "x@y.z", password: "q") { accessToken } }`;
const LOGIN_IN_FRAGMENTS = `mutation { ...one ... on Mutation { b: login(email: "x@y.z", password: "q") { accessToken } } }
  fragment one on Mutation { a: login(email: "x@y.z", password: "p") { accessToken } }`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe('login', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ from: 'migrated', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' } });
    await ensureFirstAdmin(app.dataSource, app.config);
  });

  afterAll(async () => {
    await app.close();
  });

  it('logs the first admin in with a short-lived access token and a refresh token; `me` answers who it is', async () => {
    const before = Date.now();
    const tokens = await login(app, { email: app.config.ADMIN_EMAIL.toUpperCase(), password: app.config.ADMIN_PASSWORD! });
    expect(tokens.user).toMatchObject({ email: app.config.ADMIN_EMAIL, role: 'ADMIN' });
    expect(tokens.accessToken.split('.')).toHaveLength(3);
    expect(tokens.refreshToken).toMatch(/^rdzr_[A-Za-z0-9_-]{43}$/);
    const accessLifetime = Date.parse(tokens.accessTokenExpiresAt) - before;
    expect(accessLifetime).toBeGreaterThan(890_000);
    expect(accessLifetime).toBeLessThanOrEqual(901_000);
    expect(Date.parse(tokens.refreshTokenExpiresAt) - before).toBeGreaterThan(29 * 86_400_000);

    const me = await app.graphql(ME, {}, bearer(tokens.accessToken));
    expect(me.data).toEqual({ me: { id: tokens.user.id, email: app.config.ADMIN_EMAIL, role: 'ADMIN' } });
    const stored: { refresh_token_hash: string }[] = await app.dataSource.query(`SELECT refresh_token_hash FROM user_session WHERE user_id = $1`, [tokens.user.id]);
    expect(stored.map((row) => row.refresh_token_hash)).not.toContain(tokens.refreshToken);
  });

  it('answers `me` with null for an anonymous caller', async () => {
    expect((await app.graphql(ME)).data).toEqual({ me: null });
  });

  it('gives the same answer for an unknown email, a wrong password and a disabled account', async () => {
    const user = await createUser(app.dataSource);
    const disabled = await createUser(app.dataSource);
    await app.dataSource.query(`UPDATE "user" SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    const answers = await Promise.all([
      app.graphql(LOGIN, { email: 'nobody@redazione.test', password: user.password }),
      app.graphql(LOGIN, { email: user.email, password: 'wrong-password-123' }),
      app.graphql(LOGIN, { email: disabled.email, password: disabled.password }),
    ]);
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors).toEqual([expect.objectContaining({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } })]);
    }
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const user = await createUser(app.dataSource);
    const time = async (email: string) => {
      const started = performance.now();
      await app.graphql(LOGIN, { email, password: 'wrong-password-123' });
      return performance.now() - started;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      unknown.push(await time(`ghost-${round}@redazione.test`));
      wrong.push(await time(user.email));
    }
    // Both cost one argon2 verification (tens of milliseconds); skipping it would make the unknown email
    // answer several times faster. The factor is generous because the test machine is shared.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(1 / 3);
    expect(ratio).toBeLessThan(3);
  });

  it('limits attempts per account, then answers RATE_LIMITED even to the right password', async () => {
    const limited = await startTestApp({ from: 'migrated', env: { LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3' } });
    try {
      const user = await createUser(limited.dataSource);
      const other = await createUser(limited.dataSource);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect(outcome(await limited.graphql(LOGIN, { email: user.email, password: 'wrong-password-123' }))).toBe('UNAUTHENTICATED');
      }
      const blocked = await limited.graphql(LOGIN, { email: user.email.toUpperCase(), password: user.password });
      expect(outcome(blocked)).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(outcome(await limited.graphql(LOGIN, { email: other.email, password: other.password }))).toBe('OK');
    } finally {
      await limited.close();
    }
  });

  it('limits attempts per IP address across accounts', async () => {
    const limited = await startTestApp({ from: 'migrated', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '4' } });
    try {
      const user = await createUser(limited.dataSource);
      for (let attempt = 0; attempt < 4; attempt += 1) {
        expect(outcome(await limited.graphql(LOGIN, { email: `guess-${attempt}@redazione.test`, password: 'wrong-password-123' }))).toBe('UNAUTHENTICATED');
      }
      expect(outcome(await limited.graphql(LOGIN, { email: user.email, password: user.password }))).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });

  it('refuses an operation that selects login twice, by aliases or through fragments, before checking any password', async () => {
    for (const query of [LOGIN_TWICE, LOGIN_IN_FRAGMENTS]) {
      const response = await app.graphql(query);
      expect(response.data).toBeNull();
      // Mutation fields run one after the other; the first refusal ends the operation.
      expect(response.errors).toEqual([expect.objectContaining({ message: 'login may be selected only once per request', extensions: { code: 'BAD_USER_INPUT' } })]);
    }
  });

  it('refuses HTTP batches (an array of operations)', async () => {
    const user = await createUser(app.dataSource);
    const operation = { query: LOGIN, variables: { email: user.email, password: 'wrong-password-123' } };
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([operation, operation]),
    });
    expect(response.status).toBe(400);
  });

  it('validates its arguments', async () => {
    const response = await app.graphql(LOGIN, { email: 'a@b.c', password: 'x'.repeat(257) });
    expect(outcome(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'password' })]);
  });

  it('creates the first admin only when there is no user', async () => {
    await ensureFirstAdmin(app.dataSource, { ADMIN_EMAIL: 'second@redazione.test', ADMIN_PASSWORD: 'another-password-123' });
    const [{ admins }] = await app.dataSource.query(`SELECT count(*)::int AS admins FROM "user" WHERE role = $1`, [Role.ADMIN]);
    expect(admins).toBe(1);
  });
});
