import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Author } from './author.entity.js';

@Entity('author_translation')
export class AuthorTranslation {
  @PrimaryColumn('uuid')
  authorId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  locale!: string;

  @ManyToOne(() => Author, (author) => author.translations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<Author>;

  @Column({ type: 'text' })
  bio!: string;
}
