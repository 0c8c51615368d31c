import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContentChange, ContentChangeType } from '../changes/content-change.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppConfig } from '../config/app-config.js';
import { WebhookDelivery } from './entities/webhook-delivery.entity.js';
import { webhookPayload } from './webhook-payload.js';

/**
 * Writes the webhook deliveries of content changes: one row per change and configured URL, in the
 * transaction of the change (the transactional outbox), so an event goes out exactly when its change
 * commits, and a rolled-back mutation announces nothing. Every change is an event: the four article
 * events, and taxonomy.updated (a renamed section or tag changes paths and listing pages everywhere).
 */
/** What frontends and CDNs revalidate on: articles, and taxonomy (names and slugs show in every path). */
const DELIVERED_TYPES = new Set<ContentChangeType>(['article.published', 'article.updated', 'article.unpublished', 'article.deleted', 'taxonomy.updated']);

@Injectable()
export class WebhookOutbox implements OnModuleInit {
  constructor(
    private readonly changes: ContentChanges,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.WEBHOOK_URLS.length > 0) this.changes.onRecorded((manager, changes) => this.record(manager, changes));
  }

  private async record(manager: EntityManager, changes: readonly ContentChange[]): Promise<void> {
    const occurredAt = new Date();
    const rows = changes.filter((change) => DELIVERED_TYPES.has(change.type)).flatMap((change) => {
      const payload = webhookPayload(randomUUID(), change, occurredAt);
      return this.config.WEBHOOK_URLS.map((url) => ({ eventId: payload.id, url, eventType: change.type, payload }));
    });
    if (rows.length > 0) await manager.insert(WebhookDelivery, rows);
  }
}
