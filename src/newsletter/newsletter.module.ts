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
import { ErasureHasher } from './erasure.js';
import { NewsroomController } from './newsroom.controller.js';
import { NewsroomListsService } from './newsroom-lists.service.js';
import { NewsroomResolver } from './newsroom.resolver.js';
import { SubscriberDirectoryService } from './subscriber-directory.service.js';
import { SubscriberExportService } from './subscriber-export.service.js';
import { SubscriberImportService } from './subscriber-import.service.js';
import { SubscriberPrivacyService } from './subscriber-privacy.service.js';

/**
 * The newsletter. Reader side: lists, double opt-in, preferences, and the outbox with its SMTP sender.
 * Newsroom side: list management, the subscriber directory, CSV export and import, GDPR tools.
 */
@Module({
  controllers: [NewsletterController, NewsletterPagesController, NewsroomController],
  providers: [
    NewsletterListsService,
    NewsletterMailer,
    SubscriptionService,
    PreferencesService,
    NewsletterPagesService,
    NewsletterResolver,
    OutboxSender,
    ErasureHasher,
    NewsroomListsService,
    SubscriberDirectoryService,
    SubscriberExportService,
    SubscriberPrivacyService,
    SubscriberImportService,
    NewsroomResolver,
  ],
})
export class NewsletterModule {}
