import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/auth/entities/user.entity.js';
import { Action } from '../src/auth/permissions.js';
import { headersOfEveryCaller, roleMatrix, type Caller, type MatrixOperation } from './support/role-matrix.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { actAs, createUser, outcome } from './support/users.js';

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email displayName role disabled authorId } }`;
const UPDATE_USER = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id email displayName role } }`;
const DISABLE_USER = `mutation ($id: ID!) { disableUser(id: $id) { id disabled } }`;
const USERS = `query ($first: Int, $after: String) { users(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { email } } } }`;

describe('user management', () => {
  let app: TestApp;
  let headersOf = new Map<Caller, Record<string, string>>();

  beforeAll(async () => {
    app = await startTestApp({ from: 'migrated', env: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' } });
    headersOf = await headersOfEveryCaller(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const newEmail = () => `user-${randomBytes(4).toString('hex')}@redazione.test`;
  const victim = async () => (await createUser(app.dataSource, { role: Role.TRANSLATOR })).id;
  const asAdmin = <T>(query: string, variables: Record<string, unknown>) => app.graphql<T>(query, variables, headersOf.get(Role.ADMIN));

  /** Every user-management operation, with the action of the permission table it needs. */
  const operations: MatrixOperation[] = [
    { name: 'users', action: Action.ManageUsers, run: (headers) => app.graphql(USERS, { first: 1 }, headers) },
    {
      name: 'createUser',
      action: Action.ManageUsers,
      run: (headers) => app.graphql(CREATE_USER, { input: { email: newEmail(), displayName: 'New', role: 'AUTHOR', password: 'a-long-enough-password' } }, headers),
    },
    { name: 'updateUser', action: Action.ManageUsers, run: async (headers) => app.graphql(UPDATE_USER, { id: await victim(), input: { displayName: 'Renamed' } }, headers) },
    { name: 'disableUser', action: Action.ManageUsers, run: async (headers) => app.graphql(DISABLE_USER, { id: await victim() }, headers) },
    { name: 'enableUser', action: Action.ManageUsers, run: async (headers) => app.graphql(`mutation ($id: ID!) { enableUser(id: $id) { id } }`, { id: await victim() }, headers) },
    { name: 'apiTokens', action: Action.ManageApiTokens, run: (headers) => app.graphql(`{ apiTokens { id } }`, {}, headers) },
    {
      name: 'createApiToken',
      action: Action.ManageApiTokens,
      run: (headers) => app.graphql(`mutation { createApiToken(input: { name: "matrix", role: AUTHOR }) { secret } }`, {}, headers),
    },
    {
      name: 'revokeApiToken',
      action: Action.ManageApiTokens,
      run: async (headers) => {
        const created = await asAdmin<{ createApiToken: { apiToken: { id: string } } }>(`mutation { createApiToken(input: { name: "to revoke", role: AUTHOR }) { apiToken { id } } }`, {});
        return app.graphql(`mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: created.data!.createApiToken.apiToken.id }, headers);
      },
    },
  ];

  it('allows each operation to exactly the roles the permission table grants its action', async () => {
    const { expected, actual } = await roleMatrix(operations, headersOf);
    expect(actual).toEqual(expected);
  });

  it('creates a user with a normalized email; the same email in another case is a CONFLICT', async () => {
    const email = newEmail();
    const created = await asAdmin(CREATE_USER, { input: { email: `  ${email.toUpperCase()} `, displayName: ' Giulia ', role: 'EDITOR', password: 'a-long-enough-password' } });
    expect(created.data).toEqual({ createUser: { id: expect.any(String), email, displayName: 'Giulia', role: 'EDITOR', disabled: false, authorId: null } });
    const duplicate = await asAdmin(CREATE_USER, { input: { email: email.toUpperCase(), displayName: 'Other', role: 'AUTHOR', password: 'a-long-enough-password' } });
    expect(duplicate.errors?.[0]).toMatchObject({ message: 'A user with this email already exists', extensions: { code: 'CONFLICT', field: 'email' } });
  });

  it('lists every failing field of a bad input', async () => {
    const response = await asAdmin(CREATE_USER, { input: { email: 'not-an-email', displayName: '', role: 'AUTHOR', password: 'short', authorId: 'x' } });
    expect(outcome(response)).toBe('BAD_USER_INPUT');
    const fields = (response.errors?.[0]?.extensions?.fields as { field: string }[]).map((problem) => problem.field).sort();
    expect(fields).toEqual(['input.authorId', 'input.displayName', 'input.email', 'input.password']);
  });

  it('refuses a link to an author that does not exist, without a server error', async () => {
    const response = await asAdmin(CREATE_USER, {
      input: { email: newEmail(), displayName: 'X', role: 'AUTHOR', password: 'a-long-enough-password', authorId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(outcome(response)).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.query(`SELECT 1 FROM "user" WHERE display_name = 'X'`)).toEqual([]);
  });

  it('updates the given fields only; a taken email is a CONFLICT; an unknown id NOT_FOUND', async () => {
    const user = await createUser(app.dataSource, { role: Role.AUTHOR });
    const other = await createUser(app.dataSource);
    const updated = await asAdmin(UPDATE_USER, { id: user.id, input: { displayName: 'Marco' } });
    expect(updated.data).toEqual({ updateUser: { id: user.id, email: user.email, displayName: 'Marco', role: 'AUTHOR' } });
    expect(outcome(await asAdmin(UPDATE_USER, { id: user.id, input: { email: other.email } }))).toBe('CONFLICT');
    expect(outcome(await asAdmin(UPDATE_USER, { id: '00000000-0000-4000-8000-000000000000', input: { displayName: 'Nobody' } }))).toBe('NOT_FOUND');
    expect(outcome(await asAdmin(UPDATE_USER, { id: 'not-a-uuid', input: {} }))).toBe('BAD_USER_INPUT');
    expect((await asAdmin(UPDATE_USER, { id: user.id, input: {} })).data).toEqual({ updateUser: { id: user.id, email: user.email, displayName: 'Marco', role: 'AUTHOR' } });
  });

  it('pages through users by email with no gap or repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      type Page = { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { email: string } }[] } };
      const page: GraphQLResponse<Page> = await asAdmin<Page>(USERS, { first: 3, after });
      total = page.data!.users.totalCount;
      seen.push(...page.data!.users.edges.map((edge) => edge.node.email));
      after = page.data!.users.pageInfo.hasNextPage ? page.data!.users.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(total);
  });

  it('never demotes or disables the last active ADMIN', async () => {
    const { user: last, headers } = await actAs(app, Role.ADMIN);
    await app.dataSource.query(`UPDATE "user" SET role = 'EDITOR' WHERE role = 'ADMIN' AND id <> $1`, [last.id]);
    expect(outcome(await app.graphql(UPDATE_USER, { id: last.id, input: { role: 'EDITOR' } }, headers))).toBe('CONFLICT');
    expect(outcome(await app.graphql(DISABLE_USER, { id: last.id }, headers))).toBe('CONFLICT');
    const another = await createUser(app.dataSource, { role: Role.ADMIN });
    expect(outcome(await app.graphql(DISABLE_USER, { id: another.id }, headers))).toBe('OK');
    expect(outcome(await app.graphql(UPDATE_USER, { id: last.id, input: { role: 'EDITOR' } }, headers))).toBe('CONFLICT');
  });
});
