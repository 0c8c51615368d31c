import type { SelectQueryBuilder } from 'typeorm';
import { ArticleStatus } from './entities/article-status.js';
import type { Article } from './entities/article.entity.js';

const published = (article: string) => `${article}.status = '${ArticleStatus.PUBLISHED}' AND ${article}.published_at <= now()`;

/**
 * The one rule of what the public may read: a PUBLISHED version whose publish time has come, of a
 * story that is not deleted. Every public read path applies it through here, as SQL over an article
 * alias and its story alias.
 */
export function publicArticleCondition(article: string, story: string): string {
  return `${published(article)} AND ${story}.deleted_at IS NULL`;
}

/** The same rule over an article alias alone, the story tested in its index: what a list walks its index with. */
export function publicVersionCondition(article: string): string {
  return `${published(article)} AND EXISTS (SELECT 1 FROM story live WHERE live.id = ${article}.story_id AND live.deleted_at IS NULL)`;
}

/** The rule on a query builder. The story is selected too (as `<alias>_story`): its picture and primary section belong to every article. */
export function onlyPublic(query: SelectQueryBuilder<Article>, alias = 'article'): SelectQueryBuilder<Article> {
  const story = `${alias}_story`;
  return query.innerJoinAndSelect(`${alias}.story`, story).andWhere(publicArticleCondition(alias, story));
}
