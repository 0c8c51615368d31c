import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../auth/entities/user.entity.js';
import { Article } from './article.entity.js';

/** The texts of a version as saved; relations live on the story and are not versioned here. */
export interface RevisionSnapshot {
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  body: string;
}

/** What a version looked like after one save: every save leaves one, so nothing is ever lost. */
@Entity('article_revision')
@Index(['articleId', 'version'], { unique: true })
export class ArticleRevision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Relation<Article>;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  snapshot!: RevisionSnapshot;

  @Column({ type: 'text', array: true, default: '{}' })
  changedFields!: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
