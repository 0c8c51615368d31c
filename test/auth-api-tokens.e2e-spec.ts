import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/auth/entities/user.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs, bearer, ME, outcome } from './support/users.js';

const CREATE = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret apiToken { id name role prefix createdAt expiresAt lastUsedAt revokedAt } }
}`;
const LIST = `{ apiTokens { id name prefix lastUsedAt revokedAt } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const USERS = `{ users(first: 1) { totalCount } }`;

interface Created {
  createApiToken: { secret: string; apiToken: { id: string; name: string; role: string; prefix: string; lastUsedAt: string | null; revokedAt: string | null } };
}

describe('API tokens', () => {
  let app: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ from: 'migrated' });
    admin = (await actAs(app, Role.ADMIN)).headers;
  });

  afterAll(async () => {
    await app.close();
  });

  async function create(input: Record<string, unknown>) {
    const response = await app.graphql<Created>(CREATE, { input }, admin);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.createApiToken;
  }

  it('shows the secret once, prefixed, and stores only its hash', async () => {
    const { secret, apiToken } = await create({ name: '  translation service ', role: 'TRANSLATOR' });
    expect(secret).toMatch(/^rdz_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'translation service', role: 'TRANSLATOR', prefix: secret.slice(0, 10), lastUsedAt: null, revokedAt: null });
    const listed = await app.graphql<{ apiTokens: Record<string, unknown>[] }>(LIST, {}, admin);
    expect(JSON.stringify(listed.data)).not.toContain(secret);
    const stored = JSON.stringify(await app.dataSource.query(`SELECT * FROM api_token WHERE id = $1`, [apiToken.id]));
    expect(stored).not.toContain(secret);
  });

  it('acts with its own role: an EDITOR token cannot manage users, an ADMIN token can; `me` is null', async () => {
    const editor = await create({ name: 'newsroom script', role: 'EDITOR' });
    const adminTool = await create({ name: 'provisioning', role: 'ADMIN' });
    expect(outcome(await app.graphql(USERS, {}, bearer(editor.secret)))).toBe('FORBIDDEN');
    expect(outcome(await app.graphql(USERS, {}, bearer(adminTool.secret)))).toBe('OK');
    expect((await app.graphql(ME, {}, bearer(editor.secret))).data).toEqual({ me: null });
    expect(outcome(await app.graphql(`mutation { logout }`, {}, bearer(editor.secret)))).toBe('FORBIDDEN');
  });

  it('records when it was last used, writing at most once a minute', async () => {
    const { secret, apiToken } = await create({ name: 'feeds', role: 'AUTHOR' });
    await app.graphql(ME, {}, bearer(secret));
    const lastUsed = async () =>
      ((await app.dataSource.query(`SELECT last_used_at FROM api_token WHERE id = $1`, [apiToken.id])) as { last_used_at: Date | null }[])[0]!.last_used_at;
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await app.graphql(ME, {}, bearer(secret));
    expect(await lastUsed()).toEqual(first);
    await app.dataSource.query(`UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [apiToken.id]);
    const stale = await lastUsed();
    await app.graphql(ME, {}, bearer(secret));
    expect((await lastUsed())!.getTime()).toBeGreaterThan(stale!.getTime() + 60_000);
  });

  it('stops working at once when revoked; revoking twice keeps the first time', async () => {
    const { secret, apiToken } = await create({ name: 'old tool', role: 'ADMIN' });
    expect(outcome(await app.graphql(USERS, {}, bearer(secret)))).toBe('OK');
    const revoked = await app.graphql<{ revokeApiToken: { revokedAt: string } }>(REVOKE, { id: apiToken.id }, admin);
    expect(revoked.data?.revokeApiToken.revokedAt).toEqual(expect.any(String));
    expect(outcome(await app.graphql(USERS, {}, bearer(secret)))).toBe('UNAUTHENTICATED');
    const again = await app.graphql<{ revokeApiToken: { revokedAt: string } }>(REVOKE, { id: apiToken.id }, admin);
    expect(again.data?.revokeApiToken.revokedAt).toBe(revoked.data?.revokeApiToken.revokedAt);
    expect(outcome(await app.graphql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
  });

  it('stops working after its expiry', async () => {
    const { secret, apiToken } = await create({ name: 'temporary', role: 'ADMIN', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(outcome(await app.graphql(USERS, {}, bearer(secret)))).toBe('OK');
    await app.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [apiToken.id]);
    expect(outcome(await app.graphql(USERS, {}, bearer(secret)))).toBe('UNAUTHENTICATED');
  });

  it('validates the input, naming every failing field', async () => {
    const response = await app.graphql(CREATE, { input: { name: '', role: 'EDITOR', expiresAt: '2001-01-01T00:00:00Z' } }, admin);
    expect(outcome(response)).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0]?.extensions?.fields as { field: string }[]).map((problem) => problem.field);
    expect(fields.sort()).toEqual(['input.expiresAt', 'input.name']);
  });

  it('refuses an unknown token like any invalid credential', async () => {
    expect(outcome(await app.graphql(ME, {}, bearer('rdz_unknown')))).toBe('UNAUTHENTICATED');
  });
});
