import { Check, Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '../../database/timestamps.js';
import { NewsletterListTranslation } from './newsletter-list-translation.entity.js';

export enum NewsletterFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  BREAKING = 'BREAKING',
}

@Entity('newsletter_list')
@Check('newsletter_list_frequency_known', `"frequency" IN ('DAILY', 'WEEKLY', 'BREAKING')`)
export class NewsletterList extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'varchar', length: 16 })
  frequency!: NewsletterFrequency;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @OneToMany(() => NewsletterListTranslation, (translation) => translation.list)
  translations?: Relation<NewsletterListTranslation[]>;
}
