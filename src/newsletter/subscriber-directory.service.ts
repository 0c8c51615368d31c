import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import { decodeCursor, encodeCursor, malformedCursor } from '../common/pagination/cursor.js';
import type { NewsletterSubscribersArgs } from './dto/newsroom.args.js';
import { Subscriber, SubscriberStatus } from './entities/subscriber.entity.js';
import type { NewsletterSubscriberCountModel, NewsletterSubscriberModel } from './models/newsroom.models.js';
import { listIdOfKey, listKeysBySubscriber, subscriberConditions, whereClause } from './subscriber-filter.js';

type SubscriberRow = Omit<Subscriber, 'subscriptions'> & { cursorAt: string };

const COLUMNS = `s.id, s.email, s.locale, s.status, s.consent_at AS "consentAt", s.consent_text AS "consentText", s.consent_version AS "consentVersion",
  s.consent_source AS "consentSource", s.confirmed_at AS "confirmedAt", s.unsubscribed_at AS "unsubscribedAt", s.created_at AS "createdAt",
  s.updated_at AS "updatedAt", s.created_at::text AS "cursorAt"`;

/** The newsroom's view of subscribers: a filtered, paginated list and the counts per list and status. */
@Injectable()
export class SubscriberDirectoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /**
   * Subscribers newest first, keyset-paginated over (created_at, id); the cursor carries created_at as
   * text, because a JS Date would drop its microseconds and the next page would repeat or skip rows.
   */
  async list(actor: Actor | null, args: NewsletterSubscribersArgs): Promise<Page<NewsletterSubscriberModel>> {
    this.policy.assertAllowed(actor, Action.ManageNewsletters);
    const manager = this.dataSource.manager;
    const params: unknown[] = [];
    const conditions = subscriberConditions({ listId: await listIdOfKey(manager, args.list), status: args.status, search: args.search }, params);
    const [{ total }]: { total: number }[] = await manager.query(`SELECT count(*)::int AS total FROM newsletter_subscriber s ${whereClause(conditions)}`, params);
    if (args.after) {
      const [at, id] = decodeSubscriberCursor(args.after);
      conditions.push(`(s.created_at, s.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: SubscriberRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM newsletter_subscriber s ${whereClause(conditions)} ORDER BY s.created_at DESC, s.id DESC LIMIT $${params.push(args.first + 1)}`,
      params,
    );
    const lists = await listKeysBySubscriber(manager, rows.map((row) => row.id));
    return toPage(rows, args.first, total, Boolean(args.after), (row) => encodeCursor([row.cursorAt, row.id]), (row) => toSubscriberModel(row, lists.get(row.id) ?? []));
  }

  /**
   * How many subscribers each list has in each status, every list (deactivated ones too) and status
   * present even at zero, plus the totals over all subscribers (`list: null`).
   */
  async counts(actor: Actor | null): Promise<NewsletterSubscriberCountModel[]> {
    this.policy.assertAllowed(actor, Action.ManageNewsletters);
    const rows: { list: string | null; status: SubscriberStatus; count: number }[] = await this.dataSource.query(
      `SELECT NULL AS list, st.status, count(s.id)::int AS count
         FROM unnest($1::text[]) AS st(status) LEFT JOIN newsletter_subscriber s ON s.status = st.status
        GROUP BY st.status
       UNION ALL
       SELECT l.key, st.status, count(s.id)::int
         FROM newsletter_list l CROSS JOIN unnest($1::text[]) AS st(status)
         LEFT JOIN newsletter_subscription sub ON sub.list_id = l.id
         LEFT JOIN newsletter_subscriber s ON s.id = sub.subscriber_id AND s.status = st.status
        GROUP BY l.key, l.position, st.status
       ORDER BY 1 NULLS FIRST, 2`,
      [Object.values(SubscriberStatus)],
    );
    return rows;
  }
}

const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** (created_at as PostgreSQL prints it, id): checked here, so a forged cursor is BAD_USER_INPUT rather than a failed cast. */
function decodeSubscriberCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, ['string', 'string']) as [string, string];
  if (!PG_TIMESTAMP.test(at) || !UUID.test(id)) throw malformedCursor();
  return [at, id];
}

export function toSubscriberModel(row: Omit<Subscriber, 'subscriptions'>, lists: string[]): NewsletterSubscriberModel {
  return {
    id: row.id,
    email: row.email,
    locale: row.locale,
    status: row.status,
    lists,
    consentAt: row.consentAt,
    consentText: row.consentText,
    consentVersion: row.consentVersion,
    consentSource: row.consentSource,
    confirmedAt: row.confirmedAt,
    unsubscribedAt: row.unsubscribedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
