import { Module } from '@nestjs/common';
import { WebhookOutbox } from './webhook-outbox.service.js';
import { WebhookSender } from './webhook-sender.service.js';

/**
 * Outgoing webhooks: every content change is POSTed, signed, to each of WEBHOOK_URLS, so frontends
 * (ISR) and CDNs can revalidate. It listens to the content changes; the publishers do not know it.
 */
@Module({ providers: [WebhookOutbox, WebhookSender] })
export class WebhooksModule {}
