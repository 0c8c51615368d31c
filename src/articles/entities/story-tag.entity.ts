import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Tag } from '../../tags/entities/tag.entity.js';
import { Story } from './story.entity.js';

@Entity('story_tag')
@Index(['tagId', 'storyId'])
export class StoryTag {
  @PrimaryColumn('uuid')
  storyId!: string;

  @PrimaryColumn('uuid')
  tagId!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @ManyToOne(() => Story, (story) => story.tagLinks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<Story>;

  @ManyToOne(() => Tag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: Relation<Tag>;
}
