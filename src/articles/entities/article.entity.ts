import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Authored } from '../../auth/entities/authored.js';
import { ARTICLE_STATUS_CHECK, ArticleStatus } from './article-status.js';
import { Story } from './story.entity.js';

/**
 * One language version of a story: what is written in one language, with its own lifecycle.
 * `search_vector` is kept by a database trigger with the locale's text-search dictionary.
 */
@Entity('article')
@Check('article_status_known', ARTICLE_STATUS_CHECK)
@Check('article_published_has_date', `"status" <> 'PUBLISHED' OR "published_at" IS NOT NULL`)
@Check('article_scheduled_has_date', `"status" <> 'SCHEDULED' OR "scheduled_at" IS NOT NULL`)
@Index(['locale', 'slug'], { unique: true })
@Index(['storyId', 'locale'], { unique: true })
// story_id rides along so a list can walk the index alone (index-only) and test its section, tag or author.
@Index('idx_article_published_by_locale', ['locale', 'publishedAt', 'id', 'storyId'], { where: `"status" = 'PUBLISHED'` })
@Index('idx_article_due_schedule', ['scheduledAt'], { where: `"status" = 'SCHEDULED'` })
@Index('idx_article_due_unpublish', ['unpublishAt'], { where: `"unpublish_at" IS NOT NULL` })
@Index(['translatedFromId'])
@Index('idx_article_search', { synchronize: false })
export class Article extends Authored {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  storyId!: string;

  @ManyToOne(() => Story, (story) => story.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<Story>;

  @Column({ type: 'varchar', length: 16 })
  locale!: string;

  @Column({ type: 'varchar', length: 200 })
  slug!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The standfirst. */
  @Column({ type: 'text', nullable: true })
  subtitle!: string | null;

  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  /** Sanitized HTML. */
  @Column({ type: 'text', default: '' })
  body!: string;

  /** Plain text derived from `body` on write: for search, excerpts and reading time. */
  @Column({ type: 'text', default: '' })
  bodyText!: string;

  @Column({ type: 'int', default: 0 })
  wordCount!: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  imageAlt!: string | null;

  @Column({ type: 'text', nullable: true })
  imageCaption!: string | null;

  @Column({ type: 'varchar', length: 16, default: ArticleStatus.DRAFT })
  status!: ArticleStatus;

  /**
   * Set once, at first publication; corrections keep it and move `updatedAt`. Millisecond precision,
   * like a JavaScript Date, so keyset cursors round-trip exactly.
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  /** Embargo end: the scheduler takes the version down at this time. */
  @Column({ type: 'timestamptz', nullable: true })
  unpublishAt!: Date | null;

  /** "English version by ..." */
  @Column({ type: 'varchar', length: 300, nullable: true })
  translationCredit!: string | null;

  /** Optimistic locking: every save must name the version it read. */
  @Column({ type: 'int', default: 1 })
  version!: number;

  /** For a translation: the version it was made from, and that version's `version` when last synced. */
  @Column({ type: 'uuid', nullable: true })
  translatedFromId!: string | null;

  @ManyToOne(() => Article, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'translated_from_id' })
  translatedFrom?: Relation<Article> | null;

  @Column({ type: 'int', nullable: true })
  translatedFromVersion!: number | null;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
