import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Section } from '../../sections/entities/section.entity.js';
import { Story } from './story.entity.js';

/** The sections a story appears in (the primary one is on the story itself, and also listed here). */
@Entity('story_section')
@Index(['sectionId', 'storyId'])
export class StorySection {
  @PrimaryColumn('uuid')
  storyId!: string;

  @PrimaryColumn('uuid')
  sectionId!: string;

  @ManyToOne(() => Story, (story) => story.sectionLinks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Relation<Story>;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<Section>;
}
