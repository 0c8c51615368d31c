import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { smtpTransport, SEND_BUDGET_MS, type MailTransport, type OutgoingMail } from './mail-transport.js';
import { isPermanentFailure, retryDelayMs } from './outbox-backoff.js';

export interface BatchResult {
  sent: number;
  retried: number;
  failed: number;
  logged: number;
}

const EMPTY: BatchResult = { sent: 0, retried: 0, failed: 0, logged: 0 };

/**
 * Delivers the outbox. A batch is claimed in one statement (`FOR UPDATE SKIP LOCKED`) that also pushes
 * the rows' next attempt past the time the batch can take: two instances never claim the same row,
 * and a row claimed by an instance that died becomes due again by itself. Sending happens outside any
 * transaction, so a slow SMTP server holds no database connection or lock.
 *
 * Without SMTP_URL (development) messages are logged with their links and left in the outbox.
 */
@Injectable()
export class OutboxSender implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('OutboxSender');
  private readonly transport: MailTransport | null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  /** Development mode: the newest message already logged, so each is logged once per process. */
  private loggedUpTo: { createdAt: string; id: string } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.MAIL_FROM) : null;
  }

  onModuleInit(): void {
    if (this.config.OUTBOX_POLL_INTERVAL_MS > 0) this.schedule();
  }

  /** Stops polling and waits for the batch in flight, so shutdown never cuts a delivery in half. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Processes one batch of due messages. The loop calls it; tests call it to drive delivery step by step. */
  processBatch(): Promise<BatchResult> {
    const batch = this.running.then(() => (this.transport ? this.deliverDue(this.transport) : this.logPending()));
    this.running = batch.catch(() => undefined);
    return batch;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.processBatch()
        .catch((error: unknown) => this.logger.warn(`outbox batch failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.config.OUTBOX_POLL_INTERVAL_MS);
  }

  private async deliverDue(transport: MailTransport): Promise<BatchResult> {
    const batch = await this.claim();
    const result = { ...EMPTY };
    for (const message of batch) {
      const outcome = await this.deliver(transport, message);
      result[outcome] += 1;
    }
    return result;
  }

  private async claim(): Promise<(OutgoingMail & { attempts: number })[]> {
    const leaseMs = this.config.OUTBOX_BATCH_SIZE * SEND_BUDGET_MS + 60_000;
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE outbox_message SET attempts = attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
         WHERE id IN (
           SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= now()
           ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING id, recipient, subject, html, text, headers, attempts, created_at)
       SELECT * FROM claimed ORDER BY created_at, id`,
      [this.config.OUTBOX_BATCH_SIZE, leaseMs],
    );
  }

  private async deliver(transport: MailTransport, message: OutgoingMail & { attempts: number }): Promise<'sent' | 'retried' | 'failed'> {
    try {
      await transport.send(message);
    } catch (error) {
      return this.recordFailure(message, error);
    }
    // The body held live links: once delivered it is dropped, and only the delivery record stays.
    await this.dataSource.query(
      `UPDATE outbox_message SET status = 'SENT', sent_at = now(), html = '', text = '', headers = '{}', last_error = NULL WHERE id = $1`,
      [message.id],
    );
    return 'sent';
  }

  private async recordFailure(message: { id: string; attempts: number }, error: unknown): Promise<'retried' | 'failed'> {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    if (isPermanentFailure(error) || message.attempts >= this.config.OUTBOX_MAX_ATTEMPTS) {
      this.logger.warn(`outbox message ${message.id} failed for good after ${message.attempts} attempt(s): ${reason}`);
      await this.dataSource.query(`UPDATE outbox_message SET status = 'FAILED', last_error = $2 WHERE id = $1`, [message.id, reason]);
      return 'failed';
    }
    const delayMs = retryDelayMs(message.attempts, this.config.OUTBOX_RETRY_BASE_MS);
    await this.dataSource.query(`UPDATE outbox_message SET next_attempt_at = now() + $2 * interval '1 millisecond', last_error = $3 WHERE id = $1`, [
      message.id,
      delayMs,
      reason,
    ]);
    return 'retried';
  }

  private async logPending(): Promise<BatchResult> {
    const after = this.loggedUpTo;
    // created_at travels as text: a JS Date would drop the microseconds and the keyset would repeat rows.
    const rows: (OutgoingMail & { created_at_text: string })[] = await this.dataSource.query(
      `SELECT id, recipient, subject, text, created_at::text AS created_at_text FROM outbox_message
       WHERE status = 'PENDING' AND ($1::timestamptz IS NULL OR (created_at, id) > ($1::timestamptz, $2::uuid))
       ORDER BY created_at, id LIMIT $3`,
      [after?.createdAt ?? null, after?.id ?? null, this.config.OUTBOX_BATCH_SIZE],
    );
    for (const row of rows) {
      const links = row.text.match(/https?:\/\/\S+/g) ?? [];
      this.logger.log(`SMTP_URL is not set: not sending "${row.subject}" to ${row.recipient}; it stays in the outbox. Links:\n  ${links.join('\n  ')}`);
      this.logger.debug(`the text of "${row.subject}" to ${row.recipient}:\n${row.text}`);
      this.loggedUpTo = { createdAt: row.created_at_text, id: row.id };
    }
    return { ...EMPTY, logged: rows.length };
  }
}
