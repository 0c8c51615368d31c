import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Subscriber } from './subscriber.entity.js';

export enum NewsletterTokenPurpose {
  /** Double opt-in: single use, expires. */
  CONFIRM = 'CONFIRM',
  /** The personal manage/unsubscribe link of one email: reusable, and it must keep working (RFC 8058). */
  MANAGE = 'MANAGE',
}

/**
 * A token sent by email. Only its SHA-256 hash is stored, so a database leak yields no working link.
 * Each email carries its own tokens: earlier emails' links keep working, and a used or expired
 * confirmation link is recognized (and explained) instead of looking unknown.
 */
@Entity('newsletter_token')
@Check('newsletter_token_purpose_known', `"purpose" IN ('CONFIRM', 'MANAGE')`)
export class NewsletterToken {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index()
  @Column('uuid')
  subscriberId!: string;

  @ManyToOne(() => Subscriber, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber?: Relation<Subscriber>;

  @Column({ type: 'varchar', length: 16 })
  purpose!: NewsletterTokenPurpose;

  /** Null: never expires (manage links). */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
