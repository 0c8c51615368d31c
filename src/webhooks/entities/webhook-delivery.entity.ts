import { Check, Column, Entity, Index } from 'typeorm';
import type { ContentChangeType } from '../../changes/content-change.js';
import { OutboxRow } from '../../outbox/outbox-row.js';
import type { WebhookPayload } from '../webhook-payload.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

/**
 * One event on its way to one webhook URL. Written in the transaction of the change (the transactional
 * outbox), then delivered by the webhook sender, which claims due rows with `FOR UPDATE SKIP LOCKED`.
 */
@Entity('webhook_delivery')
@Check('webhook_delivery_status_known', `"status" IN ('PENDING', 'DELIVERED', 'FAILED')`)
@Index('idx_webhook_delivery_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
export class WebhookDelivery extends OutboxRow {
  declare status: WebhookDeliveryStatus;

  /** The event's id, the same in its deliveries to every URL: receivers deduplicate by it. */
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  @Column({ type: 'varchar', length: 40 })
  eventType!: ContentChangeType;

  @Column({ type: 'jsonb' })
  payload!: WebhookPayload;

  /** The HTTP status of the last answer, when there was one. */
  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
