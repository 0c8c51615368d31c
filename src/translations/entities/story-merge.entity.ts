import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The record of a merge: which story absorbed which (the source story no longer exists, so its id is
 * kept as a plain value), the versions it brought, and who did it.
 */
@Entity('story_merge')
@Index(['targetStoryId'])
export class StoryMerge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  targetStoryId!: string;

  @Column({ type: 'uuid' })
  sourceStoryId!: string;

  @Column({ type: 'uuid', array: true })
  movedArticleIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  mergedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  mergedAt!: Date;
}
