import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { QueryCounter } from './query-counter.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export type DatabaseSettings = Pick<
  AppConfig,
  | 'DB_STATEMENT_TIMEOUT_MS'
  | 'DB_LOCK_TIMEOUT_MS'
  | 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'
  | 'DB_POOL_MAX'
  | 'DB_CONNECTION_TIMEOUT_MS'
>;

/**
 * The one DataSource definition, used by the app, the seed and migration scripts and the tests.
 * Timeouts are set on every connection so that a slow statement or an exhausted pool fails fast
 * (and the API answers 503) instead of hanging.
 */
export function dataSourceOptions(url: string, settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logger: new QueryCounter(),
    maxQueryExecutionTime: QueryCounter.slowQueryMs,
    applicationName: 'redazione',
    poolSize: settings.DB_POOL_MAX,
    connectTimeoutMS: settings.DB_CONNECTION_TIMEOUT_MS,
    extra: {
      statement_timeout: settings.DB_STATEMENT_TIMEOUT_MS,
      lock_timeout: settings.DB_LOCK_TIMEOUT_MS,
      idle_in_transaction_session_timeout: settings.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectionTimeoutMillis: settings.DB_CONNECTION_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
  };
}

export function createDataSource(url: string, settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(url, settings));
}

export function queryCounterOf(dataSource: DataSource): QueryCounter {
  return dataSource.logger as QueryCounter;
}
