import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ConfigValidationError, loadConfig, settingNames } from './app-config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      EMBEDDED_DB_DIR: './.data/postgres',
      EMBEDDED_DB_PORT: 5433,
      LOCALES: ['it', 'en'],
      DEFAULT_LOCALE: 'it',
      SEED_DEMO: true,
      DB_STATEMENT_TIMEOUT_MS: 5000,
      DB_LOCK_TIMEOUT_MS: 2000,
      DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: 10000,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('parses numbers, booleans and lists from strings', () => {
    const config = loadConfig({ PORT: '8080', SEED_DEMO: 'false', LOCALES: 'it, en ,fr' });
    expect(config.PORT).toBe(8080);
    expect(config.SEED_DEMO).toBe(false);
    expect(config.LOCALES).toEqual(['it', 'en', 'fr']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ LOCALES: 'it,EN!' }, 'LOCALES'],
    [{ DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ ADMIN_EMAIL: 'not-an-email' }, 'ADMIN_EMAIL'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD'],
    [{ DB_POOL_MAX: '0' }, 'DB_POOL_MAX'],
    [{ PUBLIC_SITE_URL: 'www.example.com' }, 'PUBLIC_SITE_URL'],
    [{ FEED_CONTENT: 'summary' }, 'FEED_CONTENT'],
    [{ FEED_ITEMS: '0' }, 'FEED_ITEMS'],
    [{ GRAPHQL_MAX_DEPTH: '0' }, 'GRAPHQL_MAX_DEPTH'],
    [{ GRAPHQL_MAX_TOKENS: 'many' }, 'GRAPHQL_MAX_TOKENS'],
    [{ HTTP_CACHE_MAX_AGE_SECONDS: '-1' }, 'HTTP_CACHE_MAX_AGE_SECONDS'],
  ])('rejects %j naming %s', (env, variable) => {
    const problems = problemsOf(env);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(variable);
  });

  it('keeps PUBLIC_SITE_URL without a trailing slash, so paths can be appended', () => {
    expect(loadConfig({ PUBLIC_SITE_URL: 'https://www.example.com/' }).PUBLIC_SITE_URL).toBe('https://www.example.com');
  });

  it('requires a JWT_SECRET of at least 32 characters in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).join('\n')).toContain('JWT_SECRET');
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) }).join('\n')).toContain('JWT_SECRET');
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'development' })).toEqual([]);
  });

  it('refuses webhooks without a WEBHOOK_SECRET of at least 32 characters, or with a URL that is not http(s)', () => {
    const url = 'https://frontend.example.com/api/revalidate';
    expect(problemsOf({ WEBHOOK_URLS: url }).join('\n')).toContain('WEBHOOK_SECRET is required when WEBHOOK_URLS is set');
    expect(problemsOf({ WEBHOOK_URLS: url, WEBHOOK_SECRET: 'x'.repeat(31) }).join('\n')).toContain('WEBHOOK_SECRET');
    expect(problemsOf({ WEBHOOK_URLS: `${url}, http://127.0.0.1:8080/hook`, WEBHOOK_SECRET: 'x'.repeat(32) })).toEqual([]);
    expect(loadConfig({ WEBHOOK_URLS: `${url}, http://127.0.0.1:8080/hook`, WEBHOOK_SECRET: 'x'.repeat(32) }).WEBHOOK_URLS).toEqual([url, 'http://127.0.0.1:8080/hook']);
    expect(problemsOf({ WEBHOOK_URLS: 'ftp://example.com/x', WEBHOOK_SECRET: 'x'.repeat(32) }).join('\n')).toContain('WEBHOOK_URLS');
    expect(problemsOf({ WEBHOOK_URLS: 'https://user:password@example.com/x', WEBHOOK_SECRET: 'x'.repeat(32) }).join('\n')).toContain('WEBHOOK_URLS');
    expect(problemsOf({ WEBHOOK_URLS: `https://example.com/${'x'.repeat(2048)}`, WEBHOOK_SECRET: 'x'.repeat(32) }).join('\n')).toContain('WEBHOOK_URLS');
    expect(problemsOf({})).toEqual([]);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'x', HOST: '', SEED_DEMO: 'perhaps' }).join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('SEED_DEMO');
  });

  it('.env.example lists every setting with its default', () => {
    const example = readFileSync('.env.example', 'utf8');
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=(.*)$/gm)].map(([, name, value]) => [name!, value!.trim()] as const);
    expect(listed.map(([name]) => name).sort()).toEqual(settingNames().sort());
    const defaults = loadConfig({});
    for (const [name, value] of listed) {
      const expected = (defaults as unknown as Record<string, unknown>)[name];
      if (expected === undefined) continue;
      expect([name, value]).toEqual([name, Array.isArray(expected) ? expected.join(',') : String(expected)]);
    }
  });
});
