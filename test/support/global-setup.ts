import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { loadConfig } from '../../src/config/app-config.js';
import { createDataSource } from '../../src/database/data-source.js';
import { EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { seedDemoContent } from '../../src/database/seed/demo-seeder.js';
import { freePort } from './free-port.js';
import { makeTempDir } from './temp-dir.js';
import { ADMIN_URL_VARIABLE, TEMPLATE_EMPTY, TEMPLATE_SEEDED, TEST_ENV } from './test-env.js';

declare global {
  var embeddedTestDatabase: { cluster: EmbeddedDatabase; dataDir: string } | undefined;
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL's server when set, otherwise an embedded cluster in a
 * temporary folder. Two template databases are migrated once (one empty, one with the demo content);
 * each test file clones the one it needs, which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  Logger.overrideLogger(['fatal', 'error']);
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = join(await makeTempDir('redazione-test-'), 'postgres');
    const cluster = new EmbeddedDatabase({ dataDir, port: await freePort(), database: 'postgres' });
    adminUrl = await cluster.start();
    globalThis.embeddedTestDatabase = { cluster, dataDir };
  }
  process.env[ADMIN_URL_VARIABLE] = adminUrl;
  const config = loadConfig(TEST_ENV);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const template of [TEMPLATE_EMPTY, TEMPLATE_SEEDED]) {
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${template}`);
      const url = new URL(adminUrl);
      url.pathname = `/${template}`;
      const dataSource = createDataSource(url.toString(), config);
      await dataSource.initialize();
      await dataSource.runMigrations();
      if (template === TEMPLATE_SEEDED) await seedDemoContent(dataSource, config);
      await dataSource.destroy();
    }
  } finally {
    await admin.end();
  }
}
