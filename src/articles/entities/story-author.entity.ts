import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Author } from '../../authors/entities/author.entity.js';
import { Story } from './story.entity.js';

/** A story's byline: its authors, in order. */
@Entity('story_author')
@Index(['authorId', 'storyId'])
export class StoryAuthor {
  @PrimaryColumn('uuid')
  storyId!: string;

  @PrimaryColumn('uuid')
  authorId!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @ManyToOne(() => Story, (story) => story.authorLinks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<Story>;

  @ManyToOne(() => Author, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<Author>;
}
