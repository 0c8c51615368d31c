import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Section } from './section.entity.js';

@Entity('section_translation')
@Index(['locale', 'slug'], { unique: true })
export class SectionTranslation {
  @PrimaryColumn('uuid')
  sectionId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  locale!: string;

  @ManyToOne(() => Section, (section) => section.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section?: Relation<Section>;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 140 })
  slug!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
