import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { AppConfig } from '../config/app-config.js';
import { parseCsv, type CsvRecord } from './csv/csv-parser.js';
import { Subscriber, SubscriberStatus } from './entities/subscriber.entity.js';
import { ErasureHasher } from './erasure.js';
import { importColumns, isRejection, validateImportRow, type ImportRejection, type ImportRow, type ImportRules } from './import-rows.js';
import type { NewsletterImportReportModel } from './models/newsroom.models.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { NewsletterMailer } from './newsletter-mailer.service.js';

const BATCH_SIZE = 500;
const MAX_REPORTED = 1000;
export const IMPORT_SOURCE = 'import';

type Report = NewsletterImportReportModel;

/** Adds subscribers from another system's CSV (ADMIN). */
@Injectable()
export class SubscriberImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly locales: Locales,
    private readonly policy: PolicyService,
    private readonly lists: NewsletterListsService,
    private readonly mailer: NewsletterMailer,
    private readonly erasure: ErasureHasher,
  ) {}

  /**
   * Reads and validates the whole file first (row by row, as it streams in; a bad row is reported with
   * its line and reason, never fatal), then writes the valid rows in one transaction, so a slow upload
   * holds no transaction open. A new address with a consent date becomes ACTIVE with that consent (the
   * old system's opt-in stands; no email); one without becomes PENDING and gets the confirmation email
   * through the outbox. Known addresses join the lists, keep their status and get no email; an
   * unsubscribed or erased one is rejected: an import never brings back someone who left. Importing the
   * same file again changes nothing.
   */
  async importCsv(actor: Actor | null, csv: AsyncIterable<string | Buffer> | Iterable<string>, listKeys: string[]): Promise<Report> {
    this.policy.assertAllowed(actor, Action.ImportSubscribers);
    const listIds = await this.lists.idsOfKeys(this.dataSource.manager, listKeys);
    const { rows, rejected, total } = await this.readRows(parseCsv(csv));
    const report: Report = { rows: total, created: 0, confirmationsSent: 0, updated: 0, unchanged: 0, rejectedCount: 0, rejected: [] };
    await this.dataSource.transaction(async (manager) => {
      for (let start = 0; start < rows.length; start += BATCH_SIZE) {
        rejected.push(...(await this.writeBatch(manager, rows.slice(start, start + BATCH_SIZE), listIds, report)));
      }
    });
    rejected.sort((a, b) => a.line - b.line);
    return { ...report, rejectedCount: rejected.length, rejected: rejected.slice(0, MAX_REPORTED) };
  }

  private async readRows(records: AsyncIterable<CsvRecord>): Promise<{ rows: ImportRow[]; rejected: ImportRejection[]; total: number }> {
    const iterator = records[Symbol.asyncIterator]();
    const columns = importColumns((await iterator.next()).value as CsvRecord | undefined);
    const rules: ImportRules = { locales: this.locales.supported, defaultLocale: this.locales.defaultLocale, blockedDomains: this.config.NEWSLETTER_BLOCKED_DOMAINS, now: new Date() };
    const rows: ImportRow[] = [];
    const rejected: ImportRejection[] = [];
    const firstLineOf = new Map<string, number>();
    let total = 0;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (++total > this.config.NEWSLETTER_IMPORT_MAX_ROWS) throw tooManyRows(this.config.NEWSLETTER_IMPORT_MAX_ROWS);
      const row = validateImportRow(next.value, columns, rules);
      if (isRejection(row)) {
        rejected.push(row);
      } else if (firstLineOf.has(row.email)) {
        rejected.push(rejection(row, `duplicate of line ${firstLineOf.get(row.email)}`));
      } else {
        rows.push(row);
        firstLineOf.set(row.email, row.line);
      }
    }
    return { rows, rejected, total };
  }

  /** One batch: skip erased addresses, insert the new ones, lock the known ones, subscribe, queue confirmations. */
  private async writeBatch(manager: EntityManager, batch: ImportRow[], listIds: string[], report: Report): Promise<ImportRejection[]> {
    const erased = await this.erasure.erasedAmong(manager, batch.map((row) => row.email));
    const rejected = batch.filter((row) => erased.has(row.email)).map((row) => rejection(row, 'erased at the person’s request: an import cannot add it back'));
    const rows = batch.filter((row) => !erased.has(row.email));
    const created = await insertNew(manager, rows);
    const known: Pick<Subscriber, 'id' | 'email' | 'status'>[] = await manager.query(
      `SELECT id, email, status FROM newsletter_subscriber WHERE email = ANY($1::text[]) AND NOT (id = ANY($2::uuid[])) ORDER BY email FOR UPDATE`,
      [rows.map((row) => row.email), created.map((subscriber) => subscriber.id)],
    );
    const left = new Set(known.filter((subscriber) => subscriber.status === SubscriberStatus.UNSUBSCRIBED).map((subscriber) => subscriber.email));
    rejected.push(...rows.filter((row) => left.has(row.email)).map((row) => rejection(row, 'unsubscribed: an import never subscribes them again')));
    const staying = known.filter((subscriber) => !left.has(subscriber.email));
    const joined = await subscribe(manager, [...created, ...staying].map((subscriber) => subscriber.id), listIds);
    report.created += created.length;
    report.updated += staying.filter((subscriber) => joined.has(subscriber.id)).length;
    report.unchanged += staying.filter((subscriber) => !joined.has(subscriber.id)).length;
    for (const subscriber of created.filter((row) => row.status === SubscriberStatus.PENDING)) {
      await this.mailer.enqueueConfirmation(manager, subscriber as Subscriber);
      report.confirmationsSent += 1;
    }
    return rejected;
  }
}

function rejection(row: ImportRow, reason: string): ImportRejection {
  return { line: row.line, email: row.email, reason };
}

function tooManyRows(max: number): AppError {
  const message = `The CSV has more than ${max} rows: split it`;
  return AppError.badInput(message, [{ field: 'csv', messages: [message] }]);
}

/**
 * Inserts the addresses not yet known, in one statement; ON CONFLICT leaves known ones (and one a
 * reader signs up with at the same moment) alone. With a consent date the subscriber is ACTIVE and
 * its confirmation is that date.
 */
async function insertNew(manager: EntityManager, rows: ImportRow[]): Promise<Pick<Subscriber, 'id' | 'email' | 'locale' | 'status'>[]> {
  if (rows.length === 0) return [];
  const status = (row: ImportRow) => (row.consentAt ? SubscriberStatus.ACTIVE : SubscriberStatus.PENDING);
  return manager.query(
    `INSERT INTO newsletter_subscriber (email, locale, status, consent_at, consent_text, consent_version, consent_source, confirmed_at)
     SELECT email, locale, status, consent_at, consent_text, consent_version, $7, consent_at
       FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::timestamptz[], $5::text[], $6::varchar[])
         AS row(email, locale, status, consent_at, consent_text, consent_version)
     ON CONFLICT (email) DO NOTHING
     RETURNING id, email, locale, status`,
    [
      rows.map((row) => row.email),
      rows.map((row) => row.locale),
      rows.map(status),
      rows.map((row) => row.consentAt),
      rows.map((row) => row.consentText),
      rows.map((row) => row.consentVersion),
      IMPORT_SOURCE,
    ],
  );
}

/** Subscribes each subscriber to each list it is not on yet; returns the subscribers that joined at least one. */
async function subscribe(manager: EntityManager, subscriberIds: string[], listIds: string[]): Promise<Set<string>> {
  if (subscriberIds.length === 0) return new Set();
  const rows: { subscriber_id: string }[] = await manager.query(
    `INSERT INTO newsletter_subscription (subscriber_id, list_id)
     SELECT subscriber_id, list_id FROM unnest($1::uuid[]) AS subscriber_id CROSS JOIN unnest($2::uuid[]) AS list_id
     ON CONFLICT DO NOTHING RETURNING subscriber_id`,
    [subscriberIds, listIds],
  );
  return new Set(rows.map((row) => row.subscriber_id));
}
