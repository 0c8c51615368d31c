import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from './user.entity.js';

/**
 * One login of a user: the refresh token's hash, rotated on each refresh. Access tokens name the
 * session, so revoking this row (logout) or bumping `user.session_version` ends them at once.
 */
@Entity('user_session')
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** SHA-256 (hex) of the current refresh token; the token itself is never stored. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  refreshTokenHash!: string;

  /** The token it replaced: presenting it again means it leaked, and the session is revoked. */
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  previousRefreshTokenHash!: string | null;

  /** The user's session_version when the session began: the session ends when they differ. */
  @Column({ type: 'int' })
  sessionVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
