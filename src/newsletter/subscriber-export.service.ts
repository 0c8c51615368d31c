import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { csvRow } from './csv/csv-writer.js';
import type { SubscriberFilterArgs } from './dto/newsroom.args.js';
import { listIdOfKey, subscriberConditions, whereClause, type SubscriberFilter } from './subscriber-filter.js';

/** The columns of the export; `email`, `locale`, `consent_at`, `consent_text` and `consent_version` are what an import reads back. */
export const EXPORT_COLUMNS = [
  'email',
  'status',
  'locale',
  'lists',
  'consent_at',
  'consent_text',
  'consent_version',
  'consent_source',
  'confirmed_at',
  'unsubscribed_at',
  'created_at',
] as const;

const BATCH_SIZE = 500;

/** The subscriber CSV (ADMIN), streamed from the database. */
@Injectable()
export class SubscriberExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /**
   * Checks the caller and the filter first (so a refusal is still a proper error response), then
   * returns the CSV as lines produced on demand: the consumer pulls a line only when the client can
   * take it, and rows are read in keyset batches by email, so memory stays flat whatever the size. Each
   * batch is its own statement (no transaction is held open while a slow client reads), so the file
   * is not a snapshot: a row changed during the download appears as it was when its batch was read.
   */
  async csv(actor: Actor | null, { list, status }: SubscriberFilterArgs): Promise<AsyncGenerator<string>> {
    this.policy.assertAllowed(actor, Action.ExportSubscribers);
    const filter: SubscriberFilter = { listId: await listIdOfKey(this.dataSource.manager, list), status };
    return this.lines(filter);
  }

  private async *lines(filter: SubscriberFilter): AsyncGenerator<string> {
    yield csvRow(EXPORT_COLUMNS);
    let after: string | null = null;
    do {
      const rows = await this.batch(filter, after);
      for (const row of rows) yield csvRow(EXPORT_COLUMNS.map((column) => row[column]));
      after = rows.length === BATCH_SIZE ? (rows.at(-1)!.email as string) : null;
    } while (after !== null);
  }

  private batch(filter: SubscriberFilter, after: string | null): Promise<Record<string, string | Date | null>[]> {
    const params: unknown[] = [];
    const conditions = subscriberConditions(filter, params);
    if (after !== null) conditions.push(`s.email > $${params.push(after)}`);
    return this.dataSource.query(
      `SELECT s.email, s.status, s.locale,
              (SELECT string_agg(l.key, ' ' ORDER BY l.position, l.key) FROM newsletter_subscription sub JOIN newsletter_list l ON l.id = sub.list_id
                WHERE sub.subscriber_id = s.id) AS lists,
              s.consent_at, s.consent_text, s.consent_version, s.consent_source, s.confirmed_at, s.unsubscribed_at, s.created_at
         FROM newsletter_subscriber s ${whereClause(conditions)} ORDER BY s.email LIMIT $${params.push(BATCH_SIZE)}`,
      params,
    );
  }
}
