/**
 * Writes a migration with the changes the entities need, as `typeorm migration:generate` does:
 * `npm run migration:generate -- AddSomething`. It migrates a scratch database of the configured
 * server (the embedded one by default) to the latest version and diffs it against the entities.
 * Read and tidy the result by hand; hand-written DDL (triggers, GIN indexes) goes in too.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { logLevels } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { createDataSource } from '../src/database/data-source.js';
import { openDatabaseServer } from '../src/database/database-server.js';
import { pendingSchemaChanges } from '../src/database/schema-drift.js';
import { loadDotEnv } from '../src/config/dotenv.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  process.stderr.write('usage: npm run migration:generate -- NameInPascalCase\n');
  process.exit(2);
}

loadDotEnv();
const config = loadConfig();
Logger.overrideLogger(logLevels(config.LOG_LEVEL));
const server = await openDatabaseServer(config);
const scratch = 'redazione_migration_scratch';
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${scratch}`);
await admin.end();
const url = new URL(server.url);
url.pathname = `/${scratch}`;
const dataSource = createDataSource(url.toString(), config);
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const diff = await pendingSchemaChanges(dataSource);
  if (diff.up.length === 0) {
    process.stdout.write('No changes: the entities and the migrations agree.\n');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `migrations/${timestamp}-${name}.ts`;
    const quote = (sql: string) => '`' + sql.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
    const lines = (queries: string[]) => queries.map((query) => `    await queryRunner.query(${quote(query)});`).join('\n');
    await writeFile(
      resolve(file),
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(diff.down)}
  }
}
`,
    );
    const index = resolve('migrations/index.ts');
    const source = await readFile(index, 'utf8');
    await writeFile(
      index,
      source
        .replace(/\n\n(\/\*\* Every migration)/, `\nimport { ${className} } from './${timestamp}-${name}.js';\n\n$1`)
        .replace(/\];\s*$/, `  ${className},\n];\n`),
    );
    process.stdout.write(`Wrote ${file} (${diff.up.length} statements) and registered it in migrations/index.ts.\n`);
  }
} finally {
  await dataSource.destroy().catch(() => undefined);
  await server.stop();
}
