import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentChangeType } from '../../changes/content-change.js';
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
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The event's id, the same in its deliveries to every URL: receivers deduplicate by it. */
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  @Column({ type: 'varchar', length: 40 })
  eventType!: ContentChangeType;

  @Column({ type: 'jsonb' })
  payload!: WebhookPayload;

  @Column({ type: 'varchar', length: 16, default: WebhookDeliveryStatus.PENDING })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** The HTTP status of the last answer, when there was one. */
  @Column({ type: 'int', nullable: true })
  lastStatusCode!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
