import { Injectable } from '@nestjs/common';
import { ArticleChanges } from '../articles/article-changes.js';
import { toArticleModel } from '../articles/article.mapper.js';
import { editorialVersions } from '../articles/editorial-versions.js';
import type { ArticleModel } from '../articles/models/article.model.js';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { StoryMerge } from './entities/story-merge.entity.js';

/**
 * Joins two stories whose language versions were imported separately (an Italian original and its
 * English version as two stories): the source's versions move to the target, whose authors, sections,
 * tags and picture win; the source story is removed and the merge recorded.
 */
@Injectable()
export class StoryMergeService {
  constructor(
    private readonly changes: ContentChanges,
    private readonly articleChanges: ArticleChanges,
    private readonly policy: PolicyService,
  ) {}

  async merge(actor: Actor | null, targetStoryId: string, sourceStoryId: string): Promise<ArticleModel[]> {
    const caller = this.policy.assertAllowed(actor, Action.MergeStories);
    if (targetStoryId === sourceStoryId) throw AppError.badInput('A story cannot be merged into itself', [{ field: 'sourceStoryId', messages: ['must differ from targetStoryId'] }]);
    return this.changes.transaction(async (manager, log) => {
      const stories: { id: string }[] = await manager.query(`SELECT id FROM story WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`, [[targetStoryId, sourceStoryId]]);
      if (stories.length !== 2) throw AppError.notFound('Story');
      const shared: { locale: string }[] = await manager.query(
        `SELECT locale FROM article WHERE story_id = $1 INTERSECT SELECT locale FROM article WHERE story_id = $2`,
        [targetStoryId, sourceStoryId],
      );
      if (shared.length > 0) {
        throw AppError.conflict(`Both stories have a version in ${shared.map((row) => row.locale).join(', ')}`, { locales: shared.map((row) => row.locale) });
      }
      const [moved]: [{ id: string }[], number] = await this.articleChanges.track(manager, log, { storyIds: [targetStoryId, sourceStoryId] }, async () => {
        const result = await manager.query(`UPDATE article SET story_id = $1 WHERE story_id = $2 RETURNING id`, [targetStoryId, sourceStoryId]);
        await manager.query(`DELETE FROM story WHERE id = $1`, [sourceStoryId]);
        return result;
      });
      await manager.insert(StoryMerge, { targetStoryId, sourceStoryId, movedArticleIds: moved.map((row) => row.id), mergedById: caller.userId });
      const versions = await editorialVersions(manager).where('article.story_id = :targetStoryId', { targetStoryId }).orderBy('article.locale').getMany();
      return versions.map(toArticleModel);
    });
  }
}
