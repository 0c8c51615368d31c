import { Injectable } from '@nestjs/common';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { ArticleChanges } from './article-changes.js';
import { loadVersion, policyResourceOf, type StoryWithVersion } from './article-editing.service.js';
import { toArticleModel } from './article.mapper.js';
import { ArticleStatus } from './entities/article-status.js';
import { Article } from './entities/article.entity.js';
import { Story } from './entities/story.entity.js';
import type { ArticleModel } from './models/article.model.js';

const { DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED } = ArticleStatus;

/** Which statuses each transition starts from. */
const TRANSITIONS = {
  submitForReview: [DRAFT],
  publish: [DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED, PUBLISHED],
  schedule: [DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED],
  unpublish: [PUBLISHED, SCHEDULED],
} as const satisfies Record<string, readonly ArticleStatus[]>;

/**
 * The lifecycle of a language version: review, publication (now or scheduled), embargo end, and the
 * soft delete of its story. Status changes do not move `version`, which counts saves of the content.
 */
@Injectable()
export class ArticlePublishingService {
  constructor(
    private readonly changes: ContentChanges,
    private readonly articleChanges: ArticleChanges,
    private readonly policy: PolicyService,
  ) {}

  submitForReview(actor: Actor | null, id: string): Promise<ArticleModel> {
    return this.transition(actor, id, (article) => (article.translatedFromId ? Action.SubmitTranslationForReview : Action.SubmitArticleForReview), 'submitForReview', () => ({ status: IN_REVIEW }));
  }

  /** Publishes now. `publishedAt` is set at the first publication only: a correction keeps the original date. */
  publish(actor: Actor | null, id: string): Promise<ArticleModel> {
    return this.transition(actor, id, () => Action.PublishArticle, 'publish', (article) => ({
      status: PUBLISHED,
      publishedAt: article.publishedAt ?? new Date(),
      scheduledAt: null,
    }));
  }

  /** The scheduler publishes it at `at` (within a few seconds), once, whatever the number of instances. */
  schedule(actor: Actor | null, id: string, at: Date): Promise<ArticleModel> {
    if (at.getTime() <= Date.now()) throw AppError.badInput('The time must be in the future', [{ field: 'at', messages: ['at must be in the future'] }]);
    return this.transition(actor, id, () => Action.ScheduleArticle, 'schedule', () => ({ status: SCHEDULED, scheduledAt: at }));
  }

  unpublish(actor: Actor | null, id: string): Promise<ArticleModel> {
    return this.transition(actor, id, () => Action.UnpublishArticle, 'unpublish', () => ({ status: UNPUBLISHED, scheduledAt: null, unpublishAt: null }));
  }

  /** An embargo end: the scheduler takes the version down at `at`. */
  async scheduleUnpublish(actor: Actor | null, id: string, at: Date): Promise<ArticleModel> {
    if (at.getTime() <= Date.now()) throw AppError.badInput('The time must be in the future', [{ field: 'at', messages: ['at must be in the future'] }]);
    return this.change(actor, id, () => Action.UnpublishArticle, () => ({ unpublishAt: at }));
  }

  /** Soft-deletes the story: every language version leaves every public path, and can be restored. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    await this.changes.transaction(async (manager, log) => {
      const article = await loadVersion(manager, id);
      const caller = this.policy.assertAllowed(actor, Action.DeleteArticle, policyResourceOf(article));
      await this.articleChanges.track(manager, log, { storyIds: [article.storyId] }, () =>
        manager.update(Story, article.storyId, { deletedAt: new Date(), updatedById: caller.userId }),
      );
    });
    return true;
  }

  async restore(actor: Actor | null, id: string): Promise<ArticleModel> {
    return this.changes.transaction(async (manager, log) => {
      const [row] = await manager.query(`SELECT story_id FROM article WHERE id = $1`, [id]);
      if (!row) throw AppError.notFound('Article');
      const caller = this.policy.assertAllowed(actor, Action.RestoreArticle);
      await this.articleChanges.track(manager, log, { storyIds: [row.story_id] }, () => manager.update(Story, row.story_id, { deletedAt: null, updatedById: caller.userId }));
      return toArticleModel(await loadVersion(manager, id));
    });
  }

  private transition(
    actor: Actor | null,
    id: string,
    action: (article: StoryWithVersion) => Action,
    name: keyof typeof TRANSITIONS,
    columns: (article: StoryWithVersion) => Partial<Article>,
  ): Promise<ArticleModel> {
    return this.change(actor, id, action, (article) => {
      const from: readonly ArticleStatus[] = TRANSITIONS[name];
      if (!from.includes(article.status)) throw AppError.conflict(`Cannot ${name} an article that is ${article.status}`, { status: article.status });
      return columns(article);
    });
  }

  private change(actor: Actor | null, id: string, action: (article: StoryWithVersion) => Action, columns: (article: StoryWithVersion) => Partial<Article>): Promise<ArticleModel> {
    return this.changes.transaction(async (manager, log) => {
      const article = await loadVersion(manager, id);
      const caller = this.policy.assertAllowed(actor, action(article), policyResourceOf(article));
      await this.articleChanges.track(manager, log, { articleIds: [id] }, () => manager.update(Article, id, { ...columns(article), updatedById: caller.userId }));
      return toArticleModel(await loadVersion(manager, id));
    });
  }
}
