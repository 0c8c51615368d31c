import type { ArticleModel } from '../articles/models/article.model.js';
import type { FeedCategory, FeedLink } from './feed-document.js';

/** An article with the absolute links and names feeds and JSON-LD show around it. */
export interface DescribedArticle {
  article: ArticleModel;
  url: string;
  authors: FeedLink[];
  primarySection: FeedCategory | null;
  tags: FeedCategory[];
}

/** When the article last changed as readers see it: never before its publication (a scheduled story saved earlier). */
export function modifiedAt(article: ArticleModel): Date {
  return article.publishedAt && article.publishedAt > article.updatedAt ? article.publishedAt : article.updatedAt;
}
