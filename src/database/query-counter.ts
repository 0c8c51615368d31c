import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

const SLOW_QUERY_MS = 500;
const RECENT_STATEMENTS = 50;

export interface LoggedStatement {
  query: string;
  parameters: unknown[];
}

/**
 * TypeORM's logger: counts every statement (tests assert N+1-freedom with it, the benchmark reports
 * statements per request) and logs failing and slow statements through Nest's logger.
 */
export class QueryCounter implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');
  private statements = 0;
  private readonly recentStatements: LoggedStatement[] = [];

  get count(): number {
    return this.statements;
  }

  /** The last statements sent, oldest first: what a test explains, or a benchmark shows. */
  get recent(): readonly LoggedStatement[] {
    return this.recentStatements;
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.statements += 1;
    this.recentStatements.push({ query, parameters: parameters ?? [] });
    if (this.recentStatements.length > RECENT_STATEMENTS) this.recentStatements.shift();
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
