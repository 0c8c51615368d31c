import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Authored } from '../../auth/entities/authored.js';
import { Section } from '../../sections/entities/section.entity.js';
import { Article } from './article.entity.js';
import { StoryAuthor } from './story-author.entity.js';
import { StorySection } from './story-section.entity.js';
import { StoryTag } from './story-tag.entity.js';

/**
 * The language-neutral part of a piece of journalism. Relations live here only, so the language
 * versions (`Article` rows) can never disagree about authors, sections, tags or the picture.
 */
@Entity('story')
// The visibility rule's "story not deleted", answered from the index alone for every article a list walks.
@Index('idx_story_live', ['id'], { where: `"deleted_at" IS NULL` })
export class Story extends Authored {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  sourceLocale!: string;

  @Column({ type: 'uuid', nullable: true })
  primarySectionId!: string | null;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'primary_section_id' })
  primarySection?: Relation<Section> | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  featuredImageUrl!: string | null;

  @Column({ type: 'int', nullable: true })
  featuredImageWidth!: number | null;

  @Column({ type: 'int', nullable: true })
  featuredImageHeight!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  featuredImageCredit!: string | null;

  /** Soft delete: a deleted story disappears from every public path but can be restored. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @OneToMany(() => Article, (article) => article.story)
  versions?: Relation<Article[]>;

  @OneToMany(() => StoryAuthor, (link) => link.story)
  authorLinks?: Relation<StoryAuthor[]>;

  @OneToMany(() => StorySection, (link) => link.story)
  sectionLinks?: Relation<StorySection[]>;

  @OneToMany(() => StoryTag, (link) => link.story)
  tagLinks?: Relation<StoryTag[]>;
}
