import { Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '../../database/timestamps.js';
import { TagTranslation } from './tag-translation.entity.js';

/** A tag; its name and slug live in `tag_translation`, one row per locale. */
@Entity('tag')
export class Tag extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @OneToMany(() => TagTranslation, (translation) => translation.tag)
  translations?: Relation<TagTranslation[]>;
}
