import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { retryDelayMs } from './outbox-backoff.js';

/** Column values an attempt leaves on its row. Column names come from code, values travel as parameters. */
export type RowValues = Record<string, unknown>;

/** What every outbox row carries: the claim returns these with the columns the sender asks for. */
export interface OutboxItem {
  id: string;
  attempts: number;
}

export interface DeliveryCounts {
  delivered: number;
  retried: number;
  failed: number;
}

/** How a failed attempt ends: for good (FAILED at once) or worth a retry, and what it leaves on the row besides last_error. */
export interface AttemptFailure {
  permanent: boolean;
  values?: RowValues;
}

/**
 * One outbox table and how its rows go out. The table has `id`, `status` (PENDING, FAILED and the
 * delivered status), `attempts`, `next_attempt_at`, `last_error` and `created_at`, and a partial index
 * on `next_attempt_at` for the pending rows.
 */
export interface OutboxQueueOptions<Item extends OutboxItem> {
  /** Names the queue in log lines. */
  label: string;
  table: string;
  /** The columns delivering needs, claimed with `id` and `attempts`. */
  columns: readonly string[];
  /** The status of a delivered row, and the column that records when. */
  delivered: { status: string; atColumn: string };
  batchSize: number;
  maxAttempts: number;
  retryBaseMs: number;
  /** The longest one attempt can take: a claim leases a whole batch of them. */
  attemptBudgetMs: number;
  /** Items of one lane go out one after the other, oldest first; lanes go out side by side. One lane by default. */
  laneOf?: (item: Item) => string;
  /** Delivers one item, or throws. Resolves to the values to store on the delivered row. */
  deliver: (item: Item) => Promise<RowValues>;
  /** Decides what a thrown error means for the row. */
  classify: (error: unknown) => AttemptFailure;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** Room for the statements around a batch, beyond the attempts themselves. */
const LEASE_MARGIN_MS = 60_000;

function assignments(values: RowValues, firstParameter: number): string[] {
  return Object.keys(values).map((column, index) => {
    if (!IDENTIFIER.test(column)) throw new Error(`not a column name: ${column}`);
    return `${column} = $${firstParameter + index}`;
  });
}

/** An error's message; duck-typed, as errors from Node's own fetch may come from another realm (a test VM). */
export function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * The transactional outbox's delivery side, the same for every table. A batch is claimed in one
 * statement (`FOR UPDATE SKIP LOCKED`) that also pushes the rows' next attempt past the time the batch
 * can take: two instances never claim the same row, and a row claimed by an instance that died becomes
 * due again by itself. Delivering happens outside any transaction, so a slow receiver holds no
 * database connection or lock. A failed attempt is retried with exponential backoff until maxAttempts,
 * then the row is FAILED.
 */
export class OutboxQueue<Item extends OutboxItem> {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: OutboxQueueOptions<Item>,
  ) {
    for (const name of [options.table, options.delivered.atColumn, ...options.columns]) {
      if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${name}`);
    }
    this.logger = new Logger(options.label);
  }

  /** Claims the due rows and delivers them. */
  async deliverDue(): Promise<DeliveryCounts> {
    const batch = await this.claim();
    const lanes = new Map<string, Item[]>();
    for (const item of batch) {
      const lane = this.options.laneOf?.(item) ?? '';
      lanes.set(lane, [...(lanes.get(lane) ?? []), item]);
    }
    const counts: DeliveryCounts = { delivered: 0, retried: 0, failed: 0 };
    await Promise.all(
      [...lanes.values()].map(async (items) => {
        for (const item of items) counts[await this.attempt(item)] += 1;
      }),
    );
    return counts;
  }

  private claim(): Promise<Item[]> {
    const { table, columns, batchSize, attemptBudgetMs } = this.options;
    const leaseMs = batchSize * attemptBudgetMs + LEASE_MARGIN_MS;
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE ${table} SET attempts = attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
         WHERE id IN (
           SELECT id FROM ${table} WHERE status = 'PENDING' AND next_attempt_at <= now()
           ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING ${['id', 'attempts', 'created_at', ...columns].join(', ')})
       SELECT * FROM claimed ORDER BY created_at, id`,
      [batchSize, leaseMs],
    );
  }

  private async attempt(item: Item): Promise<keyof DeliveryCounts> {
    let values: RowValues;
    try {
      values = await this.options.deliver(item);
    } catch (error) {
      return this.recordFailure(item, error);
    }
    const { status, atColumn } = this.options.delivered;
    await this.dataSource.query(
      `UPDATE ${this.options.table} SET ${['status = $2', `${atColumn} = now()`, 'last_error = NULL', ...assignments(values, 3)].join(', ')} WHERE id = $1`,
      [item.id, status, ...Object.values(values)],
    );
    return 'delivered';
  }

  private async recordFailure(item: Item, error: unknown): Promise<'retried' | 'failed'> {
    const reason = messageOf(error).slice(0, 1000);
    const { permanent, values = {} } = this.options.classify(error);
    const extra = assignments(values, 3);
    const parameters = [item.id, reason, ...Object.values(values)];
    if (permanent || item.attempts >= this.options.maxAttempts) {
      this.logger.warn(`${this.options.table} ${item.id} failed for good after ${item.attempts} attempt(s): ${reason}`);
      await this.dataSource.query(`UPDATE ${this.options.table} SET ${["status = 'FAILED'", 'last_error = $2', ...extra].join(', ')} WHERE id = $1`, parameters);
      return 'failed';
    }
    const delayMs = retryDelayMs(item.attempts, this.options.retryBaseMs);
    await this.dataSource.query(
      `UPDATE ${this.options.table} SET ${[`next_attempt_at = now() + $${parameters.length + 1} * interval '1 millisecond'`, 'last_error = $2', ...extra].join(', ')} WHERE id = $1`,
      [...parameters, delayMs],
    );
    return 'retried';
  }
}
