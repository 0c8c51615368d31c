import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '../../database/timestamps.js';
import { SectionTranslation } from './section-translation.entity.js';

/** A node of the section tree; its names and slugs live in `section_translation`, one row per locale. */
@Entity('section')
@Index(['parentId', 'position'])
@Check('section_not_own_parent', '"parent_id" IS DISTINCT FROM "id"')
export class Section extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Section, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Section> | null;

  /** Menu order among siblings. */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @OneToMany(() => SectionTranslation, (translation) => translation.section)
  translations?: Relation<SectionTranslation[]>;
}
