import { Module } from '@nestjs/common';
import { NewsletterController } from './newsletter.controller.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { NewsletterMailer } from './newsletter-mailer.service.js';
import { NewsletterPagesController } from './newsletter-pages.controller.js';
import { NewsletterPagesService } from './newsletter-pages.service.js';
import { NewsletterResolver } from './newsletter.resolver.js';
import { OutboxSender } from './outbox-sender.service.js';
import { PreferencesService } from './preferences.service.js';
import { SubscriptionService } from './subscription.service.js';

/** Reader-side newsletter: lists, double opt-in, preferences, and the outbox with its SMTP sender. */
@Module({
  controllers: [NewsletterController, NewsletterPagesController],
  providers: [NewsletterListsService, NewsletterMailer, SubscriptionService, PreferencesService, NewsletterPagesService, NewsletterResolver, OutboxSender],
})
export class NewsletterModule {}
