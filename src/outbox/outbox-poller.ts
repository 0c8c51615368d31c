import type { Logger } from '@nestjs/common';

/**
 * Runs an outbox's batches one at a time: every `intervalMs` after the previous batch ended (0 = never
 * by itself), and whenever `run` is called (tests drive delivery step by step that way). `stop` ends
 * the loop and waits for the batch in flight, so shutdown never cuts a delivery in half.
 */
export class OutboxPoller<Result> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly batch: () => Promise<Result>,
  ) {}

  start(): void {
    if (this.intervalMs > 0) this.schedule();
  }

  /** Runs one batch after the one in flight, if any. */
  run(): Promise<Result> {
    const next = this.running.then(() => this.batch());
    this.running = next.catch(() => undefined);
    return next;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.run()
        .catch((error: unknown) => this.logger.warn(`outbox batch failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.intervalMs);
  }
}
