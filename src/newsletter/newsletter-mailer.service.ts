import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Locales } from '../common/locales.js';
import { AppConfig } from '../config/app-config.js';
import { NewsletterTokenPurpose } from './entities/newsletter-token.entity.js';
import { OutboxMessage } from './entities/outbox-message.entity.js';
import type { Subscriber } from './entities/subscriber.entity.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { issueToken } from './newsletter-tokens.js';
import { catalogFor, type NewsletterCatalog } from './templates/index.js';
import { renderEmail, type EmailContent } from './templates/layout.js';

const HOUR_MS = 3_600_000;

/** The paths of the links in emails, under PUBLIC_BASE_URL. */
export const LINK_PATHS = {
  confirmPage: '/newsletter/confirm',
  managePage: '/newsletter/manage',
  oneClickUnsubscribe: '/api/newsletter/unsubscribe',
} as const;

/**
 * Writes the reader's emails to the outbox, inside the caller's transaction: an email exists exactly
 * when the change that causes it is committed. Each email gets its own manage token, so its
 * unsubscribe link (and the List-Unsubscribe header, RFC 8058) keeps working after later emails.
 */
@Injectable()
export class NewsletterMailer {
  constructor(
    private readonly config: AppConfig,
    private readonly locales: Locales,
    private readonly lists: NewsletterListsService,
  ) {}

  /** The double opt-in email, with a single-use confirmation link that expires. */
  async enqueueConfirmation(manager: EntityManager, subscriber: Subscriber): Promise<void> {
    const expiresAt = new Date(Date.now() + this.config.NEWSLETTER_CONFIRM_TTL_HOURS * HOUR_MS);
    const token = await issueToken(manager, subscriber.id, NewsletterTokenPurpose.CONFIRM, expiresAt);
    await this.enqueue(manager, subscriber, (catalog, lists, manageUrl) => ({
      subject: catalog.confirmEmail.subject,
      heading: catalog.confirmEmail.heading,
      paragraphs: [catalog.confirmEmail.intro(lists)],
      action: { label: catalog.confirmEmail.button, url: this.link(LINK_PATHS.confirmPage, token) },
      notes: [catalog.confirmEmail.expiry(this.config.NEWSLETTER_CONFIRM_TTL_HOURS), catalog.confirmEmail.ignore],
      manageUrl,
    }));
  }

  /** Sent instead of a second confirmation to an active subscriber: the sign-up answer stays the same for everyone. */
  async enqueueAlreadySubscribed(manager: EntityManager, subscriber: Subscriber): Promise<void> {
    await this.enqueue(manager, subscriber, (catalog, lists, manageUrl) => ({
      subject: catalog.alreadySubscribedEmail.subject,
      heading: catalog.alreadySubscribedEmail.heading,
      paragraphs: [catalog.alreadySubscribedEmail.intro(lists)],
      action: { label: catalog.alreadySubscribedEmail.button, url: manageUrl },
      notes: [catalog.alreadySubscribedEmail.ignore],
      manageUrl,
    }));
  }

  private async enqueue(
    manager: EntityManager,
    subscriber: Subscriber,
    compose: (catalog: NewsletterCatalog, lists: string, manageUrl: string) => EmailContent & { subject: string },
  ): Promise<void> {
    const manageToken = await issueToken(manager, subscriber.id, NewsletterTokenPurpose.MANAGE, null);
    const catalog = catalogFor(subscriber.locale, this.locales.defaultLocale);
    const { lists } = await this.lists.preferencesOf(manager, subscriber);
    const content = compose(catalog, lists.map((list) => list.name).join(', '), this.link(LINK_PATHS.managePage, manageToken));
    const { html, text } = renderEmail(catalog, content);
    await manager.insert(OutboxMessage, {
      recipient: subscriber.email,
      subject: content.subject,
      html,
      text,
      headers: {
        'List-Unsubscribe': `<${this.link(LINK_PATHS.oneClickUnsubscribe, manageToken)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  }

  private link(path: string, token: string): string {
    return `${this.config.PUBLIC_BASE_URL}${path}?token=${encodeURIComponent(token)}`;
  }
}
