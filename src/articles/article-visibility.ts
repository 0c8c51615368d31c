import type { SelectQueryBuilder } from 'typeorm';
import { ArticleStatus } from './entities/article-status.js';
import type { Article } from './entities/article.entity.js';

/**
 * The one rule of what the public may read: a PUBLISHED version whose publish time has come, of a
 * story that is not deleted. Every public read path applies it through here, as SQL over an article
 * alias and its story alias.
 */
export function publicArticleCondition(article: string, story: string): string {
  return `${article}.status = '${ArticleStatus.PUBLISHED}' AND ${article}.published_at <= now() AND ${story}.deleted_at IS NULL`;
}

/** The rule on a query builder. The story is selected too (as `<alias>_story`): its picture and primary section belong to every article. */
export function onlyPublic(query: SelectQueryBuilder<Article>, alias = 'article'): SelectQueryBuilder<Article> {
  const story = `${alias}_story`;
  return query.innerJoinAndSelect(`${alias}.story`, story).andWhere(publicArticleCondition(alias, story));
}
