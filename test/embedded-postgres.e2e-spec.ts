import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { freePort } from './support/free-port.js';
import { makeTempDir } from './support/temp-dir.js';

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  let folder: string;

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('initialises a cluster, stops it, and reuses its data on the next start', async () => {
    folder = await makeTempDir('redazione-embedded-');
    const options = { dataDir: join(folder, 'postgres'), port: await freePort(), database: 'redazione' };

    const first = new EmbeddedDatabase(options);
    const url = await first.start();
    expect(existsSync(join(options.dataDir, 'PG_VERSION'))).toBe(true);
    await query(url, 'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$still here$$)');
    const { rows } = await query(url, 'SELECT current_user AS name, version() AS version');
    expect(rows[0].version).toMatch(/PostgreSQL 1[4-9]/);
    await first.stop();
    await expect(query(url, 'SELECT 1')).rejects.toThrow();

    const second = new EmbeddedDatabase(options);
    const sameUrl = await second.start();
    expect(sameUrl).toBe(url);
    expect((await query(url, 'SELECT value FROM kept')).rows).toEqual([{ value: 'still here' }]);
    await second.stop();
  });

  it('fails clearly when the port is taken by another cluster', async () => {
    const port = await freePort();
    const base = await makeTempDir('redazione-embedded-');
    const running = new EmbeddedDatabase({ dataDir: join(base, 'a'), port, database: 'redazione' });
    await running.start();
    try {
      const clash = new EmbeddedDatabase({ dataDir: join(base, 'b'), port, database: 'redazione' });
      await expect(clash.start()).rejects.toThrow(/exited .* before it was ready/);
    } finally {
      await running.stop();
      await rm(base, { recursive: true, force: true });
    }
  });
});
