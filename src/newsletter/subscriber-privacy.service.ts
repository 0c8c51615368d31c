import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { normalizeEmail } from './email-address.js';
import { Subscriber } from './entities/subscriber.entity.js';
import { ErasureHasher } from './erasure.js';
import type { NewsletterErasureModel, NewsletterSubscriberDataModel } from './models/newsroom.models.js';
import { listKeysBySubscriber } from './subscriber-filter.js';
import { toSubscriberModel } from './subscriber-directory.service.js';

/** GDPR tools for one person (ADMIN): what is stored about them, and erasure. */
@Injectable()
export class SubscriberPrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly erasure: ErasureHasher,
  ) {}

  /**
   * Everything stored about an address (access and portability requests): the subscriber row with its
   * consent record, subscriptions, link tokens (metadata; hashes are not personal data and would only
   * help an attacker) and the emails in the outbox (without bodies: unsent ones hold live links).
   */
  async exportData(actor: Actor | null, rawEmail: string): Promise<NewsletterSubscriberDataModel> {
    this.policy.assertAllowed(actor, Action.ExportSubscribers);
    const email = normalizeEmail(rawEmail);
    const manager = this.dataSource.manager;
    const subscriber = await manager.findOneBy(Subscriber, { email });
    const erased = (await this.erasure.erasedAmong(manager, [email])).size > 0;
    const emails = await manager.query(
      `SELECT id, subject, status, attempts, created_at AS "createdAt", sent_at AS "sentAt", last_error AS "lastError"
         FROM outbox_message WHERE recipient = $1 ORDER BY created_at, id`,
      [email],
    );
    if (!subscriber) return { email, erased, subscriber: null, subscriptions: [], tokens: [], emails };
    return { email, erased, emails, ...(await this.subscriberData(manager, subscriber)) };
  }

  /**
   * Erases an address (right to erasure): the subscriber, its subscriptions and tokens (by cascade) and
   * every outbox email to it, sent or pending (a pending one must not go out any more), in one
   * transaction; then records the keyed hash, so an import skips the address. Recorded even when
   * nothing was stored, since the request itself says "never add me". Idempotent.
   */
  async erase(actor: Actor | null, rawEmail: string): Promise<NewsletterErasureModel> {
    this.policy.assertAllowed(actor, Action.EraseSubscribers);
    const email = normalizeEmail(rawEmail);
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers a DELETE with [rows, rowCount].
      const [, subscribersDeleted]: [unknown, number] = await manager.query(`DELETE FROM newsletter_subscriber WHERE email = $1`, [email]);
      const [, emailsDeleted]: [unknown, number] = await manager.query(`DELETE FROM outbox_message WHERE recipient = $1`, [email]);
      await manager.query(`INSERT INTO newsletter_erasure (email_hash) VALUES ($1) ON CONFLICT DO NOTHING`, [this.erasure.hash(email)]);
      return { email, subscriberFound: subscribersDeleted > 0, emailsDeleted };
    });
  }

  private async subscriberData(manager: EntityManager, subscriber: Subscriber): Promise<Pick<NewsletterSubscriberDataModel, 'subscriber' | 'subscriptions' | 'tokens'>> {
    const subscriptions = await manager.query(
      `SELECT l.key AS list, sub.created_at AS "subscribedAt" FROM newsletter_subscription sub JOIN newsletter_list l ON l.id = sub.list_id
        WHERE sub.subscriber_id = $1 ORDER BY l.position, l.key`,
      [subscriber.id],
    );
    const tokens = await manager.query(
      `SELECT purpose, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt" FROM newsletter_token WHERE subscriber_id = $1 ORDER BY created_at`,
      [subscriber.id],
    );
    const lists = await listKeysBySubscriber(manager, [subscriber.id]);
    return { subscriber: toSubscriberModel(subscriber, lists.get(subscriber.id) ?? []), subscriptions, tokens };
  }
}
