import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ArticleChanges } from '../articles/article-changes.js';
import { ArticleEditingService, loadVersion, policyResourceOf } from '../articles/article-editing.service.js';
import { toArticleModel } from '../articles/article.mapper.js';
import type { ArticleModel } from '../articles/models/article.model.js';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { perRequest } from '../common/request-cache.js';
import { AppConfig } from '../config/app-config.js';
import type { TranslationInput } from './dto/translation.args.js';
import { TranslationStatus } from './translation-status.js';

/** A change to any of these in the source makes its translations OUTDATED. */
export const TRANSLATED_FIELDS = ['title', 'subtitle', 'body'];

/**
 * The translation workflow: a story's version in another language, made from a source version and
 * tracked against it, so an editor knows when a translation has fallen behind.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: ContentChanges,
    private readonly articleChanges: ArticleChanges,
    private readonly policy: PolicyService,
    private readonly editing: ArticleEditingService,
    private readonly config: AppConfig,
  ) {}

  /** A DRAFT in `locale`, owned by the caller, with the texts the input leaves out prefilled from the source. */
  async createTranslation(actor: Actor | null, articleId: string, locale: string, input: TranslationInput = {}): Promise<ArticleModel> {
    const caller = this.policy.assertAllowed(actor, Action.CreateTranslation);
    const source = await loadVersion(this.dataSource.manager, articleId);
    return this.editing.addVersion(
      caller,
      source.storyId,
      {
        locale,
        title: input.title ?? source.title,
        slug: input.slug,
        subtitle: input.subtitle ?? source.subtitle ?? undefined,
        excerpt: input.excerpt ?? (input.body === undefined ? (source.excerpt ?? undefined) : undefined),
        body: input.body ?? source.body,
        imageAlt: input.imageAlt ?? source.imageAlt ?? undefined,
        imageCaption: input.imageCaption ?? source.imageCaption ?? undefined,
        translationCredit: input.translationCredit ?? this.config.translationCredits.get(locale),
      },
      { translatedFromId: source.id, translatedFromVersion: source.version },
    );
  }

  /** Records that a translator reviewed the source's changes: the translation is UP_TO_DATE again. */
  async markUpToDate(actor: Actor | null, id: string): Promise<ArticleModel> {
    return this.changes.transaction(async (manager, log) => {
      const translation = await loadVersion(manager, id);
      this.policy.assertAllowed(actor, Action.EditTranslation, policyResourceOf(translation));
      if (!translation.translatedFromId) throw AppError.conflict('This version is an original, not a translation');
      await this.articleChanges.track(manager, log, { articleIds: [id] }, () =>
        manager.query(`UPDATE article SET translated_from_version = (SELECT version FROM article WHERE id = $2) WHERE id = $1`, [id, translation.translatedFromId]),
      );
      return toArticleModel(await loadVersion(manager, id));
    });
  }

  /** SOURCE, UP_TO_DATE or OUTDATED, batched per request. */
  status(request: object, article: ArticleModel): Promise<TranslationStatus> {
    if (!article.translatedFromId) return Promise.resolve(TranslationStatus.SOURCE);
    const loader = perRequest(request, 'translation-status', () => new DataLoader<string, TranslationStatus>((ids) => this.statuses(ids)));
    return loader.load(article.id);
  }

  private async statuses(ids: readonly string[]): Promise<TranslationStatus[]> {
    const rows: { id: string; outdated: boolean }[] = await this.dataSource.query(
      `SELECT t.id, EXISTS (SELECT 1 FROM article_revision r WHERE r.article_id = t.translated_from_id
                             AND r.version > t.translated_from_version AND r.changed_fields && $2::text[]) AS outdated
         FROM article t WHERE t.id = ANY($1::uuid[])`,
      [ids, TRANSLATED_FIELDS],
    );
    const outdated = new Map(rows.map((row) => [row.id, row.outdated]));
    return ids.map((id) => (outdated.get(id) ? TranslationStatus.OUTDATED : TranslationStatus.UP_TO_DATE));
  }
}
