import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Author } from '../../authors/entities/author.entity.js';
import { Timestamped } from '../../database/timestamps.js';

export enum Role {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  AUTHOR = 'AUTHOR',
  TRANSLATOR = 'TRANSLATOR',
}

@Entity('user')
@Check('user_role_known', `"role" IN ('ADMIN', 'EDITOR', 'AUTHOR', 'TRANSLATOR')`)
export class User extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalized (trimmed, lower case), so the unique index is case-insensitive. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true, unique: true })
  authorId!: string | null;

  @OneToOne(() => Author, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<Author> | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Bumped on logout-everywhere, password change, role change and deactivation: older tokens stop working. */
  @Column({ type: 'int', default: 0 })
  sessionVersion!: number;
}
