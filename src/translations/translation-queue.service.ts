import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toArticleModel } from '../articles/article.mapper.js';
import { editorialVersions } from '../articles/editorial-versions.js';
import type { Article } from '../articles/entities/article.entity.js';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { Locales } from '../common/locales.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import type { TranslationQueueItemModel } from './models/translation-queue.model.js';
import { fieldChanges, paragraphChanges, type SourceTexts } from './translation-diff.js';
import { TRANSLATED_FIELDS } from './translations.service.js';

interface QueueRow {
  translation_id: string;
  source_id: string;
  outdated_since: Date;
  synced: SourceTexts | null;
}

/** The editors' list of translations that fell behind their source, oldest first. */
@Injectable()
export class TranslationQueueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly locales: Locales,
  ) {}

  async queue(actor: Actor | null, locale: string, first: number, after?: string): Promise<Page<TranslationQueueItemModel>> {
    this.policy.assertAllowed(actor, Action.ViewDrafts);
    this.locales.assertSupported(locale);
    const [afterSince, afterId] = after ? decodeCursor(after, ['date', 'string']) : [null, null];
    const outdated = `SELECT t.id AS translation_id, t.translated_from_id AS source_id, synced.snapshot AS synced,
        (SELECT min(r.created_at) FROM article_revision r WHERE r.article_id = t.translated_from_id
            AND r.version > t.translated_from_version AND r.changed_fields && $2::text[]) AS outdated_since
       FROM article t JOIN story s ON s.id = t.story_id AND s.deleted_at IS NULL
       LEFT JOIN article_revision synced ON synced.article_id = t.translated_from_id AND synced.version = t.translated_from_version
      WHERE t.locale = $1 AND t.translated_from_id IS NOT NULL`;
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT * FROM (${outdated}) q WHERE q.outdated_since IS NOT NULL
          AND ($3::timestamptz IS NULL OR (q.outdated_since, q.translation_id) > ($3, $4::uuid))
        ORDER BY q.outdated_since, q.translation_id LIMIT $5`,
      [locale, TRANSLATED_FIELDS, afterSince, afterId, first + 1],
    );
    const count = async () => Number((await this.dataSource.query(`SELECT count(*)::int AS count FROM (${outdated}) q WHERE q.outdated_since IS NOT NULL`, [locale, TRANSLATED_FIELDS]))[0].count);
    const versions = await this.versions(rows.flatMap((row) => [row.translation_id, row.source_id]));
    const items = rows.map((row) => this.item(row, versions));
    return toPage(items, first, count, Boolean(after), (item) => encodeCursor([item.outdatedSince.toISOString(), item.translation.id]), (item) => item);
  }

  private item(row: QueueRow, versions: Map<string, Article>): TranslationQueueItemModel {
    const source = versions.get(row.source_id)!;
    const synced = row.synced ?? { title: '', subtitle: null, excerpt: null, body: '' };
    return {
      translation: toArticleModel(versions.get(row.translation_id)!),
      source: toArticleModel(source),
      outdatedSince: row.outdated_since,
      changes: fieldChanges(synced, source),
      changedParagraphs: paragraphChanges(synced.body, source.body),
    };
  }

  /** The queue's versions, in any status, with their stories. */
  private async versions(ids: string[]): Promise<Map<string, Article>> {
    if (ids.length === 0) return new Map();
    const articles = await editorialVersions(this.dataSource.manager).where('article.id IN (:...ids)', { ids }).getMany();
    return new Map(articles.map((article) => [article.id, article]));
  }
}
