import { Check, Column, Entity, Index } from 'typeorm';
import { OutboxRow } from '../../outbox/outbox-row.js';

export enum OutboxStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * An email waiting to go out. It is written in the same transaction as the change that causes it,
 * then delivered by the sender, which claims due rows with `FOR UPDATE SKIP LOCKED`.
 */
@Entity('outbox_message')
@Check('outbox_message_status_known', `"status" IN ('PENDING', 'SENT', 'FAILED')`)
@Index('idx_outbox_message_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
export class OutboxMessage extends OutboxRow {
  declare status: OutboxStatus;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb', default: {} })
  headers!: Record<string, string>;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
