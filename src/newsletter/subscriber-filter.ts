import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors.js';
import type { SubscriberStatus } from './entities/subscriber.entity.js';

/** Which subscribers a newsroom read is about; `listId` is resolved from the key first. */
export interface SubscriberFilter {
  listId?: string;
  status?: SubscriberStatus;
  search?: string;
}

/** The id of a list by key, active or not (the newsroom sees deactivated lists); unknown is BAD_USER_INPUT on `list`. */
export async function listIdOfKey(manager: EntityManager, key: string | undefined): Promise<string | undefined> {
  if (key === undefined) return undefined;
  const [row]: { id: string }[] = await manager.query(`SELECT id FROM newsletter_list WHERE key = $1`, [key]);
  if (!row) {
    const message = `Unknown newsletter list: ${key}`;
    throw AppError.badInput(message, [{ field: 'list', messages: [message] }]);
  }
  return row.id;
}

/**
 * The WHERE conditions (on alias `s`) for a filter, appending their values to `params` so every value
 * is bound. The list filter is an EXISTS on the subscription index; search is a substring of the
 * (lower-case) address, with LIKE's wildcards escaped.
 */
export function subscriberConditions(filter: SubscriberFilter, params: unknown[]): string[] {
  const conditions: string[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  if (filter.listId) conditions.push(`EXISTS (SELECT 1 FROM newsletter_subscription sub WHERE sub.list_id = ${bind(filter.listId)} AND sub.subscriber_id = s.id)`);
  if (filter.status) conditions.push(`s.status = ${bind(filter.status)}`);
  const search = filter.search?.trim().toLowerCase();
  if (search) conditions.push(`s.email LIKE ${bind(`%${search.replace(/[\\%_]/g, '\\$&')}%`)}`);
  return conditions;
}

/** `WHERE a AND b`, or nothing. */
export function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The keys of each subscriber's lists, in menu order: one statement for a whole page. */
export async function listKeysBySubscriber(manager: EntityManager, subscriberIds: string[]): Promise<Map<string, string[]>> {
  const rows: { subscriber_id: string; key: string }[] = subscriberIds.length
    ? await manager.query(
        `SELECT sub.subscriber_id, l.key FROM newsletter_subscription sub JOIN newsletter_list l ON l.id = sub.list_id
         WHERE sub.subscriber_id = ANY($1::uuid[]) ORDER BY l.position, l.key`,
        [subscriberIds],
      )
    : [];
  const keys = new Map<string, string[]>(subscriberIds.map((id) => [id, []]));
  for (const row of rows) keys.get(row.subscriber_id)!.push(row.key);
  return keys;
}
