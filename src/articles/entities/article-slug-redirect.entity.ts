import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column, type Relation } from 'typeorm';
import { Article } from './article.entity.js';

/** A slug a version had before a rename, so old links still resolve (and redirect). */
@Entity('article_slug_redirect')
@Index(['articleId'])
export class ArticleSlugRedirect {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  locale!: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  slug!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
