import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApp, logLevels, openDataSource } from './bootstrap.js';
import { ensureFirstAdmin } from './auth/first-admin.js';
import { ConfigValidationError, loadConfig, type AppConfig } from './config/app-config.js';
import { loadDotEnv } from './config/dotenv.js';
import { resolveJwtSecret } from './config/secrets.js';
import { openDatabaseServer, type DatabaseServer } from './database/database-server.js';
import { seedDemoContentIfEmpty } from './database/seed/demo-seeder.js';

const logger = new Logger('Main');

function readConfig(): AppConfig {
  loadDotEnv();
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Graceful shutdown: stop accepting, let in-flight requests finish (closing idle keep-alive
 * connections at once and every connection after SHUTDOWN_TIMEOUT_MS), then close the pool and
 * the embedded PostgreSQL.
 */
function stopOnSignals(app: INestApplication, dataSource: DataSource, database: DatabaseServer, timeoutMs: number): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing in-flight requests`);
    const http = app.getHttpServer() as Server;
    const force = setTimeout(() => http.closeAllConnections(), timeoutMs).unref();
    http.closeIdleConnections();
    try {
      await app.close();
      await dataSource.destroy();
      await database.stop();
      logger.log('stopped');
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = readConfig();
  Logger.overrideLogger(logLevels(config.LOG_LEVEL));
  config.JWT_SECRET = await resolveJwtSecret(config);
  const database = await openDatabaseServer(config);
  const dataSource = await openDataSource(database.url, config);
  await ensureFirstAdmin(dataSource, config);
  if (config.SEED_DEMO) await seedDemoContentIfEmpty(dataSource, config);
  const app = await createApp(config, dataSource);
  await app.listen(config.PORT, config.HOST);
  stopOnSignals(app, dataSource, database, config.SHUTDOWN_TIMEOUT_MS);
  const url = `http://${config.HOST}:${config.PORT}`;
  logger.log(`Redazione is ready in ${Math.round(performance.now() - startedAt)} ms: GraphQL ${url}/graphql, REST ${url}/api, health ${url}/health`);
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
