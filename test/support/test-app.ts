import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createApp, logLevels, openDataSource } from '../../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { queryCounterOf } from '../../src/database/data-source.js';
import { adminUrl, databaseUrl, TEMPLATE_EMPTY, TEMPLATE_SEEDED, TEST_ENV } from './test-env.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file: a clone of a migrated template (with or without the demo content), or empty. */
export async function createTestDatabase(from: 'seeded' | 'migrated' | 'empty' = 'seeded'): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  const template = from === 'seeded' ? TEMPLATE_SEEDED : from === 'migrated' ? TEMPLATE_EMPTY : 'template0';
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  return { name, url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export function testConfig(overrides: NodeJS.ProcessEnv = {}): AppConfig {
  return loadConfig({ ...TEST_ENV, ...overrides });
}

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  config: AppConfig;
  /** SQL statements sent so far through the app's DataSource. */
  statements(): number;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[];
}

/** Boots the real AppModule over HTTP on a random port, against a fresh database. */
export async function startTestApp(
  options: { from?: 'seeded' | 'migrated'; env?: NodeJS.ProcessEnv; databaseUrl?: string } = {},
): Promise<TestApp> {
  const config = testConfig(options.env);
  Logger.overrideLogger(logLevels(config.LOG_LEVEL));
  const database = options.databaseUrl ? undefined : await createTestDatabase(options.from ?? 'seeded');
  const dataSource = await openDataSource(options.databaseUrl ?? database!.url, config);
  const app = await createApp(config, dataSource);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    dataSource,
    config,
    statements: () => queryCounterOf(dataSource).count,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
      return { status: response.status, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      await dataSource.destroy();
      await database?.drop();
    },
  };
}
