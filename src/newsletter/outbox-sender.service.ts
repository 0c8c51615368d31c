import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { OutboxPoller } from '../outbox/outbox-poller.js';
import { OutboxQueue } from '../outbox/outbox-queue.js';
import { isPermanentFailure, smtpTransport, SEND_BUDGET_MS, type MailTransport, type OutgoingMail } from './mail-transport.js';

export interface BatchResult {
  sent: number;
  retried: number;
  failed: number;
  logged: number;
}

const EMPTY: BatchResult = { sent: 0, retried: 0, failed: 0, logged: 0 };
/** A delivered message keeps its record, but not the body with its live links. */
const DELIVERED_BODY = { html: '', text: '', headers: '{}' };

/**
 * Delivers the mail outbox over SMTP through the shared outbox machinery (`src/outbox/`): claims with
 * `FOR UPDATE SKIP LOCKED`, sends outside any transaction, retries with backoff, marks SENT or FAILED.
 *
 * Without SMTP_URL (development) messages are logged with their links and left in the outbox.
 */
@Injectable()
export class OutboxSender implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('OutboxSender');
  private readonly transport: MailTransport | null;
  private readonly poller: OutboxPoller<BatchResult>;
  /** Development mode: the newest message already logged, so each is logged once per process. */
  private loggedUpTo: { createdAt: string; id: string } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.transport = config.SMTP_URL ? smtpTransport(config.SMTP_URL, config.MAIL_FROM) : null;
    const queue = this.transport ? this.queueOver(this.transport) : null;
    this.poller = new OutboxPoller(this.logger, config.OUTBOX_POLL_INTERVAL_MS, async () => {
      if (!queue) return this.logPending();
      const { delivered, retried, failed } = await queue.deliverDue();
      return { ...EMPTY, sent: delivered, retried, failed };
    });
  }

  onModuleInit(): void {
    this.poller.start();
  }

  /** Stops polling and waits for the batch in flight, so shutdown never cuts a delivery in half. */
  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
    this.transport?.close();
  }

  /** Processes one batch of due messages. The loop calls it; tests call it to drive delivery step by step. */
  processBatch(): Promise<BatchResult> {
    return this.poller.run();
  }

  private queueOver(transport: MailTransport): OutboxQueue<OutgoingMail & { attempts: number }> {
    return new OutboxQueue(this.dataSource, {
      label: 'OutboxSender',
      table: 'outbox_message',
      columns: ['recipient', 'subject', 'html', 'text', 'headers'],
      delivered: { status: 'SENT', atColumn: 'sent_at' },
      batchSize: this.config.OUTBOX_BATCH_SIZE,
      maxAttempts: this.config.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: this.config.OUTBOX_RETRY_BASE_MS,
      attemptBudgetMs: SEND_BUDGET_MS,
      deliver: async (message) => {
        await transport.send(message);
        return DELIVERED_BODY;
      },
      classify: (error) => ({ permanent: isPermanentFailure(error) }),
    });
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
