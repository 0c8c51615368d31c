/** Loads the demo content (idempotent): `npm run seed`. */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { logLevels, openDataSource } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { loadDotEnv } from '../src/config/dotenv.js';
import { openDatabaseServer } from '../src/database/database-server.js';
import { seedDemoContent } from '../src/database/seed/demo-seeder.js';

loadDotEnv();
const config = loadConfig();
Logger.overrideLogger(logLevels(config.LOG_LEVEL));
const server = await openDatabaseServer(config);
try {
  const dataSource = await openDataSource(server.url, config);
  await seedDemoContent(dataSource, config);
  await dataSource.destroy();
} finally {
  await server.stop();
}
