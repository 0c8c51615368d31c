import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { NewsletterList } from './newsletter-list.entity.js';
import { Subscriber } from './subscriber.entity.js';

@Entity('newsletter_subscription')
@Index(['listId', 'subscriberId'])
export class Subscription {
  @PrimaryColumn('uuid')
  subscriberId!: string;

  @PrimaryColumn('uuid')
  listId!: string;

  @ManyToOne(() => Subscriber, (subscriber) => subscriber.subscriptions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscriber_id' })
  subscriber?: Relation<Subscriber>;

  @ManyToOne(() => NewsletterList, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: Relation<NewsletterList>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
