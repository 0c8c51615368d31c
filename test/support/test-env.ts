/** Names shared by the global setup (which creates them) and the test files (which clone them). */
export const TEMPLATE_EMPTY = 'redazione_template_empty';
export const TEMPLATE_SEEDED = 'redazione_template_seeded';
export const ADMIN_URL_VARIABLE = 'REDAZIONE_TEST_ADMIN_URL';

/** The settings every test app starts with; a test overrides what it exercises. */
export const TEST_ENV: NodeJS.ProcessEnv = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'error',
  LOCALES: 'it,en',
  DEFAULT_LOCALE: 'it',
  SEED_DEMO: 'false',
  JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
  ADMIN_EMAIL: 'admin@redazione.test',
  ADMIN_PASSWORD: 'admin-password-for-tests',
  // Tests drive the outbox sender themselves (OutboxSender.processBatch) instead of waiting for its timer.
  OUTBOX_POLL_INTERVAL_MS: '0',
  SCHEDULER_INTERVAL_MS: '0',
  // Many tests change rows with plain SQL, which announces nothing: the response cache would serve what
  // they replaced. test/response-cache.e2e-spec.ts turns it on (and the full suite passes with it on,
  // apart from those raw-SQL edits and the statement counts of query-cost).
  RESPONSE_CACHE: 'false',
};

export function adminUrl(): string {
  const url = process.env[ADMIN_URL_VARIABLE];
  if (!url) throw new Error(`${ADMIN_URL_VARIABLE} is not set: run the tests through jest (npm test)`);
  return url;
}

export function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}
