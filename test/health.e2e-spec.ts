import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmbeddedDatabase, type EmbeddedDatabaseOptions } from '../src/database/embedded-postgres.js';
import { freePort } from './support/free-port.js';
import { makeTempDir } from './support/temp-dir.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const FRONT_PAGE = `query { articles(locale: "it", first: 2) { totalCount edges { node { slug } } } }`;

/** Stops and restarts a PostgreSQL under the running app: the API must say 503, then recover by itself. */
describe('health and database outages', () => {
  let folder: string;
  let options: EmbeddedDatabaseOptions;
  let cluster: EmbeddedDatabase;
  let app: TestApp;

  beforeAll(async () => {
    folder = await makeTempDir('redazione-outage-');
    options = { dataDir: join(folder, 'postgres'), port: await freePort(), database: 'redazione' };
    cluster = new EmbeddedDatabase(options);
    const url = await cluster.start();
    app = await startTestApp({ databaseUrl: url, env: { DB_CONNECTION_TIMEOUT_MS: '1000', DB_POOL_MAX: '2', DB_STATEMENT_TIMEOUT_MS: '4000' } });
  });

  afterAll(async () => {
    await app?.close();
    await cluster?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('is live and ready while the database answers', async () => {
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('sets the timeouts on every pooled connection', async () => {
    const [settings] = await app.dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(settings).toEqual({ statement: '4s', lock: '2s', idle: '10s' });
  });

  it('fails fast with "temporarily unavailable" when the pool is exhausted, instead of hanging', async () => {
    const held = [app.dataSource.createQueryRunner(), app.dataSource.createQueryRunner()];
    await Promise.all(held.map((runner) => runner.connect()));
    try {
      const started = Date.now();
      const failed = await app.graphql(FRONT_PAGE);
      expect(failed.errors?.[0]?.message).toBe('The service is temporarily unavailable');
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await fetch(`${app.url}/health/ready`)).status).toBe(503);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    expect((await app.graphql(FRONT_PAGE)).errors).toBeUndefined();
  });

  it('answers 503 while the database is down, and recovers without a restart', async () => {
    expect((await app.graphql(FRONT_PAGE)).errors).toBeUndefined();
    await cluster.stop();

    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'down' });
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
    const failed = await app.graphql(FRONT_PAGE);
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(failed.errors?.[0]?.message).toBe('The service is temporarily unavailable');

    cluster = new EmbeddedDatabase(options);
    await cluster.start();
    expect((await fetch(`${app.url}/health/ready`)).status).toBe(200);
    const recovered = await app.graphql(FRONT_PAGE);
    expect(recovered.errors).toBeUndefined();
  });
});
