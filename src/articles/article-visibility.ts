import type { SelectQueryBuilder } from 'typeorm';
import { ArticleStatus } from './entities/article-status.js';
import type { Article } from './entities/article.entity.js';

/**
 * The one rule of what the public may read: a PUBLISHED version whose publish time has come, of a
 * story that is not deleted. Every public read path applies it through here.
 */
export function onlyPublic(query: SelectQueryBuilder<Article>, alias = 'article'): SelectQueryBuilder<Article> {
  return query
    .innerJoin(`${alias}.story`, `${alias}_story`, `${alias}_story.deleted_at IS NULL`)
    .andWhere(`${alias}.status = :publicStatus`, { publicStatus: ArticleStatus.PUBLISHED })
    .andWhere(`${alias}.published_at <= now()`);
}
