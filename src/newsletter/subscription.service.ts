import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { RateLimiter, type RateLimit } from '../common/rate-limiter.js';
import { AppConfig } from '../config/app-config.js';
import type { SubscribeToNewsletterInput } from './dto/subscribe.input.js';
import { isBlockedDomain, normalizeEmail } from './email-address.js';
import { NewsletterTokenPurpose } from './entities/newsletter-token.entity.js';
import { Subscriber, SubscriberStatus } from './entities/subscriber.entity.js';
import type { NewsletterPreferencesModel, NewsletterSignUpModel } from './models/newsletter.models.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { NewsletterMailer } from './newsletter-mailer.service.js';
import { findUsableToken } from './newsletter-tokens.js';
import { replaceSubscriptions } from './subscriptions.js';
import { catalogFor } from './templates/index.js';

/** The client's address as Express sees it (behind a proxy, set Express's `trust proxy` for X-Forwarded-For). */
export function clientIp(request: { ip?: string; socket?: { remoteAddress?: string } }): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}

/** Where a sign-up came from: the client's address (for the rate limit) and the API used. */
export interface SignUpClient {
  ip: string;
  channel: 'graphql' | 'rest';
}

/** Sign-up and double opt-in. */
@Injectable()
export class SubscriptionService {
  private readonly perIp: RateLimit;
  private readonly perEmail: RateLimit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly locales: Locales,
    private readonly rateLimiter: RateLimiter,
    private readonly lists: NewsletterListsService,
    private readonly mailer: NewsletterMailer,
  ) {
    const windowMs = config.NEWSLETTER_SIGNUP_WINDOW_MS;
    this.perIp = { name: 'newsletter-signup:ip', limit: config.NEWSLETTER_SIGNUP_LIMIT_PER_IP, windowMs };
    this.perEmail = { name: 'newsletter-signup:email', limit: config.NEWSLETTER_SIGNUP_LIMIT_PER_EMAIL, windowMs };
  }

  /**
   * Records the request and queues one email, in one transaction. The answer is the same whatever the
   * address's state, so it cannot be used to learn who subscribes: a new, pending or unsubscribed
   * address becomes PENDING and gets a confirmation link; an active one gets an "already subscribed"
   * email and is left unchanged (a stranger cannot alter someone's lists).
   */
  async subscribe(input: SubscribeToNewsletterInput, client: SignUpClient): Promise<NewsletterSignUpModel> {
    this.rateLimiter.consume(this.perIp, client.ip);
    const locale = this.locales.assertSupported(input.locale);
    if (input.consent !== true) {
      const message = 'Consent is required to subscribe';
      throw AppError.badInput(message, [{ field: 'consent', messages: [message] }]);
    }
    const email = normalizeEmail(input.email);
    if (isBlockedDomain(email, this.config.NEWSLETTER_BLOCKED_DOMAINS)) {
      const message = 'Addresses at this domain are not accepted';
      throw AppError.badInput(message, [{ field: 'email', messages: [message] }]);
    }
    this.rateLimiter.consume(this.perEmail, email);
    await this.dataSource.transaction(async (manager) => {
      const listIds = await this.lists.idsOfKeys(manager, input.lists);
      const subscriber = await this.lockOrCreate(manager, email, locale);
      if (subscriber.status === SubscriberStatus.ACTIVE) return this.mailer.enqueueAlreadySubscribed(manager, subscriber);
      await this.recordRequest(manager, subscriber, input, locale, client);
      await replaceSubscriptions(manager, subscriber.id, listIds);
      await this.mailer.enqueueConfirmation(manager, subscriber);
    });
    return { accepted: true, message: catalogFor(locale, this.locales.defaultLocale).signUpAccepted };
  }

  /** Activates the subscriber of a confirmation link; the link works once, until it expires. */
  async confirm(token: string): Promise<NewsletterPreferencesModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await findUsableToken(manager, token, NewsletterTokenPurpose.CONFIRM, true);
      const now = new Date();
      row.usedAt = now;
      await manager.save(row);
      const subscriber = await manager.findOneOrFail(Subscriber, { where: { id: row.subscriberId }, lock: { mode: 'pessimistic_write' } });
      const preferences = await this.lists.preferencesOf(manager, subscriber);
      // Left every list (from the manage link of this same email) before confirming: nothing to activate.
      const status = preferences.lists.length > 0 ? SubscriberStatus.ACTIVE : SubscriberStatus.UNSUBSCRIBED;
      Object.assign(subscriber, { status, confirmedAt: now, unsubscribedAt: status === SubscriberStatus.ACTIVE ? null : subscriber.unsubscribedAt });
      await manager.save(subscriber);
      return { ...preferences, status };
    });
  }

  /** What the confirmation page shows before the button is pressed: reading it changes nothing. */
  async describeConfirmation(token: string): Promise<NewsletterPreferencesModel> {
    const manager = this.dataSource.manager;
    const row = await findUsableToken(manager, token, NewsletterTokenPurpose.CONFIRM, false);
    return this.lists.preferencesOf(manager, await manager.findOneByOrFail(Subscriber, { id: row.subscriberId }));
  }

  /** Inserts the address if it is new (racing sign-ups of one address meet here), then locks its row. */
  private async lockOrCreate(manager: EntityManager, email: string, locale: string): Promise<Subscriber> {
    await manager.createQueryBuilder().insert().into(Subscriber).values({ email, locale, status: SubscriberStatus.PENDING }).orIgnore().execute();
    return manager.getRepository(Subscriber).createQueryBuilder('subscriber').setLock('pessimistic_write').where('subscriber.email = :email', { email }).getOneOrFail();
  }

  private async recordRequest(manager: EntityManager, subscriber: Subscriber, input: SubscribeToNewsletterInput, locale: string, client: SignUpClient): Promise<void> {
    Object.assign(subscriber, {
      locale,
      status: SubscriberStatus.PENDING,
      consentAt: new Date(),
      consentText: input.consentText ?? null,
      consentVersion: input.consentVersion ?? null,
      consentSource: input.source ? `${client.channel}:${input.source}` : client.channel,
    });
    await manager.save(subscriber);
  }
}
