import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

export interface SchedulerRun {
  published: string[];
  unpublished: string[];
}

/**
 * Publishes scheduled versions whose time has come and takes down versions whose embargo ended. Each
 * is one UPDATE over rows claimed with FOR UPDATE SKIP LOCKED, so two API instances never both act on
 * the same version, and a version is published exactly once.
 */
@Injectable()
export class ArticleScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ArticleScheduler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.SCHEDULER_INTERVAL_MS <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .catch((error: unknown) => this.logger.warn(`scheduler run failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.config.SCHEDULER_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: what is due now. Tests call it directly instead of waiting for the timer. */
  async runOnce(): Promise<SchedulerRun> {
    const published: { id: string }[] = await this.dataSource.query(
      `UPDATE article SET status = 'PUBLISHED', published_at = coalesce(published_at, scheduled_at), scheduled_at = NULL, updated_at = now()
        WHERE id IN (SELECT id FROM article WHERE status = 'SCHEDULED' AND scheduled_at <= now() ORDER BY scheduled_at LIMIT 100 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    );
    const unpublished: { id: string }[] = await this.dataSource.query(
      `UPDATE article SET status = 'UNPUBLISHED', unpublish_at = NULL, updated_at = now()
        WHERE id IN (SELECT id FROM article WHERE unpublish_at <= now() ORDER BY unpublish_at LIMIT 100 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    );
    const run = { published: flat(published), unpublished: flat(unpublished) };
    if (run.published.length || run.unpublished.length) this.logger.log(`published ${run.published.length}, took down ${run.unpublished.length}`);
    return run;
  }
}

/** TypeORM returns an UPDATE ... RETURNING as [rows, count]. */
function flat(result: unknown): string[] {
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
  return rows.map((row) => row.id);
}
