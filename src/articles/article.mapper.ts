import type { Article } from './entities/article.entity.js';
import type { ArticleModel } from './models/article.model.js';

const WORDS_PER_MINUTE = 200;

export function readingTimeMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

export function toArticleModel(article: Article): ArticleModel {
  return {
    id: article.id,
    storyId: article.storyId,
    locale: article.locale,
    slug: article.slug,
    title: article.title,
    subtitle: article.subtitle,
    excerpt: article.excerpt,
    body: article.body,
    status: article.status,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    translationCredit: article.translationCredit,
    readingTimeMinutes: readingTimeMinutes(article.wordCount),
    version: article.version,
  };
}
