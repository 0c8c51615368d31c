import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { OutboxPoller } from '../outbox/outbox-poller.js';
import { OutboxQueue, type DeliveryCounts } from '../outbox/outbox-queue.js';
import type { WebhookPayload } from './webhook-payload.js';
import { postWebhook, WebhookResponseError } from './webhook-request.js';
import { signWebhook } from './webhook-signature.js';

interface ClaimedDelivery {
  id: string;
  attempts: number;
  url: string;
  event_type: string;
  payload: WebhookPayload;
}

const NOTHING: DeliveryCounts = { delivered: 0, retried: 0, failed: 0 };
/** Room beyond the request timeout for the statements around one attempt. */
const ATTEMPT_MARGIN_MS = 5_000;

/**
 * Delivers the webhook outbox through the shared outbox machinery (`src/outbox/`): signed POSTs,
 * retried with backoff (OUTBOX_MAX_ATTEMPTS, OUTBOX_RETRY_BASE_MS), polled every
 * OUTBOX_POLL_INTERVAL_MS. Deliveries to one URL go out one after the other, oldest first; different
 * URLs side by side, so a slow receiver does not hold the others up.
 *
 * 2xx is delivered. 410 Gone is FAILED at once: the receiver says it is gone for good. Anything else
 * (no connection, timeout, 3xx, other 4xx, 5xx) is retried: a receiver being deployed or
 * misconfigured can be fixed within the retry window, and the attempts are bounded.
 */
@Injectable()
export class WebhookSender implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('WebhookSender');
  private readonly poller: OutboxPoller<DeliveryCounts>;

  constructor(dataSource: DataSource, config: AppConfig) {
    const secret = config.WEBHOOK_SECRET;
    const queue =
      config.WEBHOOK_URLS.length > 0 && secret
        ? new OutboxQueue<ClaimedDelivery>(dataSource, {
            label: 'WebhookSender',
            table: 'webhook_delivery',
            columns: ['url', 'event_type', 'payload'],
            delivered: { status: 'DELIVERED', atColumn: 'delivered_at' },
            batchSize: config.OUTBOX_BATCH_SIZE,
            maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
            retryBaseMs: config.OUTBOX_RETRY_BASE_MS,
            attemptBudgetMs: config.WEBHOOK_TIMEOUT_MS + ATTEMPT_MARGIN_MS,
            laneOf: (delivery) => delivery.url,
            deliver: async (delivery) => ({ last_status_code: await send(delivery, secret, config.WEBHOOK_TIMEOUT_MS) }),
            classify: (error) => {
              const statusCode = error instanceof WebhookResponseError ? error.statusCode : null;
              return { permanent: statusCode === 410, values: { last_status_code: statusCode } };
            },
          })
        : null;
    this.poller = new OutboxPoller(this.logger, queue ? config.OUTBOX_POLL_INTERVAL_MS : 0, async () => (queue ? queue.deliverDue() : NOTHING));
  }

  onModuleInit(): void {
    this.poller.start();
  }

  /** Stops polling and waits for the batch in flight, so shutdown never cuts a delivery in half. */
  async onModuleDestroy(): Promise<void> {
    await this.poller.stop();
  }

  /** Delivers one batch of due webhooks. The loop calls it; tests call it to drive delivery step by step. */
  processBatch(): Promise<DeliveryCounts> {
    return this.poller.run();
  }
}

/** One signed POST, timestamped now: a retry is signed afresh, so receivers may refuse old timestamps. */
function send(delivery: ClaimedDelivery, secret: string, timeoutMs: number): Promise<number> {
  const body = JSON.stringify(delivery.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  return postWebhook(
    delivery.url,
    body,
    {
      'Content-Type': 'application/json',
      'User-Agent': 'Redazione-Webhooks',
      'X-Redazione-Event': delivery.event_type,
      'X-Redazione-Delivery': delivery.id,
      'X-Redazione-Timestamp': String(timestamp),
      'X-Redazione-Signature': signWebhook(secret, timestamp, body),
    },
    timeoutMs,
  );
}
