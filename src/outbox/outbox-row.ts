import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every outbox table has, as the outbox machinery (`OutboxQueue`) reads and writes them.
 * An outbox entity extends it, narrows `status` to its statuses (PENDING, FAILED and its delivered
 * one, kept by a check constraint) and declares the partial index on `nextAttemptAt` of its PENDING rows.
 */
export abstract class OutboxRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
