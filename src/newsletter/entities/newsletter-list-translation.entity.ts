import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { NewsletterList } from './newsletter-list.entity.js';

@Entity('newsletter_list_translation')
export class NewsletterListTranslation {
  @PrimaryColumn('uuid')
  listId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  locale!: string;

  @ManyToOne(() => NewsletterList, (list) => list.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: Relation<NewsletterList>;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
