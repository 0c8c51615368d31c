import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { Role } from '../src/auth/entities/user.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs, bearer, createUser, login, ME, outcome, type TokenPair } from './support/users.js';

const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }`;
const LOGOUT = `mutation { logout }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changeMyPassword(currentPassword: $current, newPassword: $next) { accessToken refreshToken } }`;
const PUBLIC_QUERY = `{ articles(locale: "it", first: 1) { totalCount } }`;

describe('sessions and access tokens', () => {
  let app: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' } });
    admin = (await actAs(app, Role.ADMIN)).headers;
  });

  afterAll(async () => {
    await app.close();
  });

  const meWith = (accessToken: string) => app.graphql(ME, {}, bearer(accessToken));
  const refresh = (token: string) => app.graphql<{ refreshSession: TokenPair }>(REFRESH, { token });

  it('rotates the refresh token: the new pair works, the old refresh token is refused', async () => {
    const { tokens } = await actAs(app, Role.EDITOR);
    const rotated = await refresh(tokens.refreshToken);
    const next = rotated.data!.refreshSession;
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect(outcome(await meWith(next.accessToken))).toBe('OK');
    const again = await refresh(tokens.refreshToken);
    expect(again.errors?.[0]).toMatchObject({ message: 'The refresh token is invalid, expired or revoked', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('ends the session when a rotated refresh token is replayed (it leaked)', async () => {
    const { tokens } = await actAs(app, Role.EDITOR);
    const next = (await refresh(tokens.refreshToken)).data!.refreshSession;
    expect(outcome(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
    expect(outcome(await refresh(next.refreshToken))).toBe('UNAUTHENTICATED');
    expect(outcome(await meWith(next.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const { tokens } = await actAs(app, Role.EDITOR);
    const outcomes = await Promise.all([refresh(tokens.refreshToken), refresh(tokens.refreshToken)]);
    expect(outcomes.map(outcome).sort()).toEqual(['OK', 'UNAUTHENTICATED']);
  });

  it('refuses an unknown refresh token, and one whose session has expired', async () => {
    expect(outcome(await refresh('rdzr_not-a-real-token'))).toBe('UNAUTHENTICATED');
    const { user, tokens } = await actAs(app, Role.AUTHOR);
    await app.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect(outcome(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
    expect(outcome(await meWith(tokens.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes this session only: its tokens stop at once, another device stays in', async () => {
    const user = await createUser(app.dataSource, { role: Role.EDITOR });
    const phone = await login(app, user);
    const laptop = await login(app, user);
    expect((await app.graphql(LOGOUT, {}, bearer(phone.accessToken))).data).toEqual({ logout: true });
    expect((await meWith(phone.accessToken)).errors?.[0]).toMatchObject({
      message: 'The token is invalid, expired or revoked',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(outcome(await refresh(phone.refreshToken))).toBe('UNAUTHENTICATED');
    expect(outcome(await meWith(laptop.accessToken))).toBe('OK');
  });

  it('logoutEverywhere ends every session of the account', async () => {
    const user = await createUser(app.dataSource, { role: Role.TRANSLATOR });
    const [one, two] = [await login(app, user), await login(app, user)];
    expect((await app.graphql(LOGOUT_EVERYWHERE, {}, bearer(one.accessToken))).data).toEqual({ logoutEverywhere: true });
    for (const tokens of [one, two]) {
      expect(outcome(await meWith(tokens.accessToken))).toBe('UNAUTHENTICATED');
      expect(outcome(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
    }
  });

  it('needs a login to log out', async () => {
    expect(outcome(await app.graphql(LOGOUT))).toBe('UNAUTHENTICATED');
  });

  it('refuses expired, forged and malformed access tokens, yet serves the public API to the same request', async () => {
    const { tokens } = await actAs(app, Role.EDITOR);
    const [, payload] = tokens.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { sub: string; sid: string };
    const sign = (secret: string, expiresAt: number, typ = 'at+jwt') =>
      new SignJWT({ sid: claims.sid })
        .setProtectedHeader({ alg: 'HS256', typ })
        .setSubject(claims.sub)
        .setIssuer('redazione')
        .setAudience('redazione-api')
        .setIssuedAt(expiresAt - 900)
        .setExpirationTime(expiresAt)
        .sign(new TextEncoder().encode(secret));
    const now = Math.floor(Date.now() / 1000);
    const expired = await sign(app.config.JWT_SECRET!, now - 1);
    const forged = await sign('another-secret-another-secret-another-secret', now + 600);
    const otherType = await sign(app.config.JWT_SECRET!, now + 600, 'JWT');
    expect(outcome(await meWith(await sign(app.config.JWT_SECRET!, now + 600)))).toBe('OK');
    for (const token of [expired, forged, otherType, 'not-a-jwt', `${tokens.accessToken}x`]) {
      expect(outcome(await meWith(token))).toBe('UNAUTHENTICATED');
      expect(outcome(await app.graphql(PUBLIC_QUERY, {}, bearer(token)))).toBe('OK');
    }
  });

  it('checks the session with one SQL statement per authenticated request, and none for an anonymous one', async () => {
    const { headers } = await actAs(app, Role.EDITOR);
    const anonymous = app.statements();
    await app.graphql(PUBLIC_QUERY);
    const publicCost = app.statements() - anonymous;
    const before = app.statements();
    await app.graphql(PUBLIC_QUERY, {}, headers);
    expect(app.statements() - before).toBe(publicCost + 1);
  });

  it('stops the tokens of a user at once when an admin disables them; enabling does not revive them', async () => {
    const { user, tokens, headers } = await actAs(app, Role.EDITOR);
    const disabled = await app.graphql(`mutation ($id: ID!) { disableUser(id: $id) { disabled } }`, { id: user.id }, admin);
    expect(disabled.data).toEqual({ disableUser: { disabled: true } });
    expect(outcome(await app.graphql(ME, {}, headers))).toBe('UNAUTHENTICATED');
    expect(outcome(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
    await app.graphql(`mutation ($id: ID!) { enableUser(id: $id) { disabled } }`, { id: user.id }, admin);
    expect(outcome(await app.graphql(ME, {}, headers))).toBe('UNAUTHENTICATED');
    expect(outcome(await app.graphql(ME, {}, bearer((await login(app, user)).accessToken)))).toBe('OK');
  });

  it('stops the tokens of a user at once when their role changes, so no token keeps the old rights', async () => {
    const { user, tokens, headers } = await actAs(app, Role.ADMIN);
    const changed = await app.graphql(`mutation ($id: ID!) { updateUser(id: $id, input: { role: AUTHOR }) { role } }`, { id: user.id }, admin);
    expect(changed.data).toEqual({ updateUser: { role: 'AUTHOR' } });
    expect(outcome(await app.graphql(`{ users { totalCount } }`, {}, headers))).toBe('UNAUTHENTICATED');
    expect(outcome(await refresh(tokens.refreshToken))).toBe('UNAUTHENTICATED');
    const relogged = await login(app, user);
    expect(relogged.user.role).toBe('AUTHOR');
    expect(outcome(await app.graphql(`{ users { totalCount } }`, {}, bearer(relogged.accessToken)))).toBe('FORBIDDEN');
  });

  it('changeMyPassword checks the current password, ends every session and returns a new one', async () => {
    const user = await createUser(app.dataSource, { role: Role.AUTHOR });
    const [here, elsewhere] = [await login(app, user), await login(app, user)];
    const wrong = await app.graphql(CHANGE_PASSWORD, { current: 'not-my-password', next: 'a-brand-new-password' }, bearer(here.accessToken));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'currentPassword', messages: expect.any(Array) }] });
    const short = await app.graphql(CHANGE_PASSWORD, { current: user.password, next: 'short' }, bearer(here.accessToken));
    expect(short.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'newPassword' })]);

    const changed = await app.graphql<{ changeMyPassword: TokenPair }>(CHANGE_PASSWORD, { current: user.password, next: 'a-brand-new-password' }, bearer(here.accessToken));
    expect(outcome(changed)).toBe('OK');
    for (const old of [here, elsewhere]) {
      expect(outcome(await meWith(old.accessToken))).toBe('UNAUTHENTICATED');
      expect(outcome(await refresh(old.refreshToken))).toBe('UNAUTHENTICATED');
    }
    expect(outcome(await meWith(changed.data!.changeMyPassword.accessToken))).toBe('OK');
    expect(outcome(await app.graphql(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: user.email, p: user.password }))).toBe('UNAUTHENTICATED');
    await login(app, { email: user.email, password: 'a-brand-new-password' });
  });

  it('honours ACCESS_TOKEN_TTL_SECONDS', async () => {
    const shortLived = await startTestApp({ from: 'migrated', env: { ACCESS_TOKEN_TTL_SECONDS: '2' } });
    try {
      const user = await createUser(shortLived.dataSource);
      const tokens = await login(shortLived, user);
      expect(outcome(await shortLived.graphql(ME, {}, bearer(tokens.accessToken)))).toBe('OK');
      await new Promise((resolve) => setTimeout(resolve, 3100));
      expect(outcome(await shortLived.graphql(ME, {}, bearer(tokens.accessToken)))).toBe('UNAUTHENTICATED');
      const renewed = await shortLived.graphql<{ refreshSession: TokenPair }>(REFRESH, { token: tokens.refreshToken });
      expect(outcome(await shortLived.graphql(ME, {}, bearer(renewed.data!.refreshSession.accessToken)))).toBe('OK');
    } finally {
      await shortLived.close();
    }
  });
});
