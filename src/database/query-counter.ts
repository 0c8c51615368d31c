import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

const SLOW_QUERY_MS = 500;

/**
 * TypeORM's logger: counts every statement (tests assert N+1-freedom with it, the benchmark reports
 * statements per request) and logs failing and slow statements through Nest's logger.
 */
export class QueryCounter implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');
  private statements = 0;

  get count(): number {
    return this.statements;
  }

  logQuery(): void {
    this.statements += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn(`${error instanceof Error ? error.message : error} -- ${query.slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`slow statement (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }

  static readonly slowQueryMs = SLOW_QUERY_MS;
}
