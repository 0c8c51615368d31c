import type { EntityManager } from 'typeorm';

/** Makes the subscriber's lists exactly `listIds`, keeping the rows (and their dates) of lists it keeps. */
export async function replaceSubscriptions(manager: EntityManager, subscriberId: string, listIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM newsletter_subscription WHERE subscriber_id = $1 AND NOT (list_id = ANY($2::uuid[]))`, [subscriberId, listIds]);
  if (listIds.length === 0) return;
  await manager.query(
    `INSERT INTO newsletter_subscription (subscriber_id, list_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [subscriberId, listIds],
  );
}

/** Leaves the given lists; returns how many lists remain. */
export async function removeSubscriptions(manager: EntityManager, subscriberId: string, listIds: string[] | 'all'): Promise<number> {
  if (listIds === 'all') await manager.query(`DELETE FROM newsletter_subscription WHERE subscriber_id = $1`, [subscriberId]);
  else await manager.query(`DELETE FROM newsletter_subscription WHERE subscriber_id = $1 AND list_id = ANY($2::uuid[])`, [subscriberId, listIds]);
  const [{ remaining }] = await manager.query(`SELECT count(*)::int AS remaining FROM newsletter_subscription WHERE subscriber_id = $1`, [subscriberId]);
  return remaining as number;
}
