import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '../../database/timestamps.js';
import { Subscription } from './subscription.entity.js';

export enum SubscriberStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  UNSUBSCRIBED = 'UNSUBSCRIBED',
}

/** A newsletter reader. Its confirmation and manage tokens live in `newsletter_token`, hashed. */
@Entity('newsletter_subscriber')
@Check('newsletter_subscriber_status_known', `"status" IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')`)
@Index(['status', 'createdAt'])
// The newsroom's subscriber list pages newest first over (created_at, id).
@Index(['createdAt', 'id'])
export class Subscriber extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalized: trimmed and lower-cased before it is stored. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 16 })
  locale!: string;

  @Column({ type: 'varchar', length: 16, default: SubscriberStatus.PENDING })
  status!: SubscriberStatus;

  /** The consent record: when, which text (and version), and from where. */
  @Column({ type: 'timestamptz', nullable: true })
  consentAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  consentText!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  consentVersion!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  consentSource!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt!: Date | null;

  @OneToMany(() => Subscription, (subscription) => subscription.subscriber)
  subscriptions?: Relation<Subscription[]>;
}
