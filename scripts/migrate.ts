/** Applies pending migrations (`npm run migration:run`) or reverts the last one (`npm run migration:revert`). */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { logLevels } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { loadDotEnv } from '../src/config/dotenv.js';
import { createDataSource } from '../src/database/data-source.js';
import { openDatabaseServer } from '../src/database/database-server.js';

const direction = process.argv[2];
if (direction !== 'up' && direction !== 'down') {
  process.stderr.write('usage: migrate.js up|down\n');
  process.exit(2);
}
loadDotEnv();
const config = loadConfig();
Logger.overrideLogger(logLevels(config.LOG_LEVEL));
const server = await openDatabaseServer(config);
const dataSource = createDataSource(server.url, config);
try {
  await dataSource.initialize();
  if (direction === 'up') await dataSource.runMigrations({ transaction: 'each' });
  else await dataSource.undoLastMigration({ transaction: 'each' });
} finally {
  await dataSource.destroy().catch(() => undefined);
  await server.stop();
}
