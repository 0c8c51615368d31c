import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppConfig } from '../config/app-config.js';
import { ArticleChanges } from './article-changes.js';

export interface SchedulerRun {
  published: string[];
  unpublished: string[];
}

/**
 * Publishes scheduled versions whose time has come and takes down versions whose embargo ended. Each
 * is one transaction over rows claimed with FOR UPDATE SKIP LOCKED, so two API instances never both act
 * on the same version, and a version is published (and announced) exactly once.
 */
@Injectable()
export class ArticleScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ArticleScheduler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly changes: ContentChanges,
    private readonly articleChanges: ArticleChanges,
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
    const run = {
      published: await this.apply(
        `SELECT id FROM article WHERE status = 'SCHEDULED' AND scheduled_at <= now() ORDER BY scheduled_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
        `UPDATE article SET status = 'PUBLISHED', published_at = coalesce(published_at, scheduled_at), scheduled_at = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`,
      ),
      unpublished: await this.apply(
        `SELECT id FROM article WHERE unpublish_at <= now() ORDER BY unpublish_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
        `UPDATE article SET status = 'UNPUBLISHED', unpublish_at = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`,
      ),
    };
    if (run.published.length || run.unpublished.length) this.logger.log(`published ${run.published.length}, took down ${run.unpublished.length}`);
    return run;
  }

  /** Claims the due versions (rows another instance holds are skipped) and updates them, announcing the changes. */
  private apply(claim: string, update: string): Promise<string[]> {
    return this.changes.transaction(async (manager, log) => {
      const ids = ((await manager.query(claim)) as { id: string }[]).map((row) => row.id);
      if (ids.length > 0) await this.articleChanges.track(manager, log, { articleIds: ids }, () => manager.query(update, [ids]));
      return ids;
    });
  }
}
