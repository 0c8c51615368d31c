import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Timestamped } from '../../database/timestamps.js';
import { AuthorTranslation } from './author-translation.entity.js';

/** A byline. The bio is localized (`author_translation`); name, slug and handle are the same in every language. */
@Entity('author')
export class Author extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 140 })
  slug!: string;

  /** X (Twitter) handle, without the @. */
  @Column({ type: 'varchar', length: 15, nullable: true })
  twitterHandle!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  avatarUrl!: string | null;

  @OneToMany(() => AuthorTranslation, (translation) => translation.author)
  translations?: Relation<AuthorTranslation[]>;
}
