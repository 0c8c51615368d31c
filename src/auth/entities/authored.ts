import { Column, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Timestamped } from '../../database/timestamps.js';
import { User } from './user.entity.js';

/** Timestamps plus who created and last changed the row (kept when the user is deleted: set to null). */
export abstract class Authored extends Timestamped {
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Relation<User> | null;
}
