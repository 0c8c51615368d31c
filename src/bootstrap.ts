import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { serveOpenApi } from './api/openapi.js';
import { AppModule } from './app.module.js';
import { ResponseCache } from './cache/response-cache.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import type { AppConfig } from './config/app-config.js';
import { createDataSource } from './database/data-source.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The log levels up to and including the configured one. */
export function logLevels(level: AppConfig['LOG_LEVEL']): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Connects to the database and brings its schema to the latest migration. */
export async function openDataSource(url: string, config: AppConfig): Promise<DataSource> {
  const dataSource = createDataSource(url, config);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length > 0) new Logger('Migrations').log(`applied ${applied.map((migration) => migration.name).join(', ')}`);
  return dataSource;
}

/** The Nest application over an open DataSource: what main.ts serves and the e2e tests boot. */
export async function createApp(config: AppConfig, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    logger: logLevels(config.LOG_LEVEL),
  });
  app.disable('x-powered-by');
  // Strong validators: Express then answers If-None-Match with 304 for every GET it serves.
  app.set('etag', 'strong');
  // Cached GET reads are answered ahead of Express when they are hits, and else here, ahead of body
  // parsing and Nest's middleware (registered by init()); POST /graphql after body parsing (ResponseCacheModule).
  const responseCache = app.get(ResponseCache);
  app.use((request: Request, response: Response, next: NextFunction) => responseCache.handleGet(request, response, next));
  const server = app.getHttpServer() as Server;
  const [express] = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  if (express) {
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      responseCache.serveHit(request, response).then(
        (served) => served || express(request, response),
        () => express(request, response),
      );
    });
  }
  app.useGlobalFilters(new ProblemDetailsFilter());
  serveOpenApi(app);
  return app;
}
