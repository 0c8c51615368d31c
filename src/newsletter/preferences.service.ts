import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { markUncacheable } from '../cache/response-tags.js';
import { Locales } from '../common/locales.js';
import type { NewsletterPreferencesInput } from './dto/preferences.input.js';
import { NewsletterToken, NewsletterTokenPurpose } from './entities/newsletter-token.entity.js';
import { Subscriber, SubscriberStatus } from './entities/subscriber.entity.js';
import type { NewsletterPreferencesModel } from './models/newsletter.models.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { findUsableToken, hashToken } from './newsletter-tokens.js';
import { removeSubscriptions, replaceSubscriptions } from './subscriptions.js';

/**
 * What the holder of a manage link (in every email) may do without logging in: see and change the
 * lists and the language, or leave. Unsubscribing is idempotent, as RFC 8058 one-click requires.
 */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
    private readonly lists: NewsletterListsService,
  ) {}

  /** Read only: what the manage page shows. */
  async view(token: string): Promise<NewsletterPreferencesModel> {
    // A subscriber's data behind a secret token: for the link holder only.
    markUncacheable();
    const manager = this.dataSource.manager;
    const row = await findUsableToken(manager, token, NewsletterTokenPurpose.MANAGE, false);
    return this.lists.preferencesOf(manager, await manager.findOneByOrFail(Subscriber, { id: row.subscriberId }));
  }

  /** Leaves the given lists, or all of them; with none left the subscriber is UNSUBSCRIBED. */
  async unsubscribe(token: string, listKeys?: string[]): Promise<NewsletterPreferencesModel> {
    return this.dataSource.transaction(async (manager) => {
      const subscriber = await this.lockSubscriber(manager, token);
      const remaining = await removeSubscriptions(manager, subscriber.id, listKeys ? await this.lists.idsOfKeys(manager, listKeys) : 'all');
      if (remaining === 0) await this.markUnsubscribed(manager, subscriber);
      return this.lists.preferencesOf(manager, subscriber);
    });
  }

  /**
   * Sets the lists and the language. No list means unsubscribed; lists chosen again after leaving
   * reactivate a subscriber that had confirmed once (the link proves the mailbox), while one that never
   * confirmed stays PENDING.
   */
  async update(token: string, input: NewsletterPreferencesInput): Promise<NewsletterPreferencesModel> {
    const locale = this.locales.assertSupported(input.locale);
    return this.dataSource.transaction(async (manager) => {
      const subscriber = await this.lockSubscriber(manager, token);
      const listIds = await this.lists.idsOfKeys(manager, input.lists);
      await replaceSubscriptions(manager, subscriber.id, listIds);
      subscriber.locale = locale;
      if (listIds.length === 0) return this.lists.preferencesOf(manager, await this.markUnsubscribed(manager, subscriber));
      if (subscriber.confirmedAt) Object.assign(subscriber, { status: SubscriberStatus.ACTIVE, unsubscribedAt: null });
      await manager.save(subscriber);
      return this.lists.preferencesOf(manager, subscriber);
    });
  }

  /** The locale to answer a link in: its subscriber's, or null for an unknown link. */
  async localeOfLink(token: string): Promise<string | null> {
    const row = await this.dataSource
      .getRepository(NewsletterToken)
      .createQueryBuilder('token')
      .innerJoinAndSelect('token.subscriber', 'subscriber')
      .where('token.token_hash = :hash', { hash: hashToken(token) })
      .getOne();
    return row?.subscriber?.locale ?? null;
  }

  private async lockSubscriber(manager: EntityManager, token: string): Promise<Subscriber> {
    const row = await findUsableToken(manager, token, NewsletterTokenPurpose.MANAGE, false);
    return manager.findOneOrFail(Subscriber, { where: { id: row.subscriberId }, lock: { mode: 'pessimistic_write' } });
  }

  private async markUnsubscribed(manager: EntityManager, subscriber: Subscriber): Promise<Subscriber> {
    if (subscriber.status !== SubscriberStatus.UNSUBSCRIBED) Object.assign(subscriber, { status: SubscriberStatus.UNSUBSCRIBED, unsubscribedAt: new Date() });
    return manager.save(subscriber);
  }
}
