import { tagResponse } from '../cache/response-tags.js';
import type { Article } from './entities/article.entity.js';
import type { Story } from './entities/story.entity.js';
import type { ArticleModel } from './models/article.model.js';
import type { FeaturedImageModel } from './models/featured-image.model.js';

const WORDS_PER_MINUTE = 200;

export function readingTimeMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}

function featuredImageOf(article: Article, story: Story): FeaturedImageModel | null {
  if (!story.featuredImageUrl) return null;
  return {
    url: story.featuredImageUrl,
    width: story.featuredImageWidth,
    height: story.featuredImageHeight,
    credit: story.featuredImageCredit,
    alt: article.imageAlt,
    caption: article.imageCaption,
  };
}

/** One language version seen with its story's neutral part (loaded with it): what the GraphQL `Article` shows. */
export function toArticleModel(article: Article): ArticleModel {
  const story = article.story;
  if (!story) throw new Error(`article ${article.id} was read without its story`);
  // Every article a response shows passes here: a change of the version or of its story purges the response.
  tagResponse(article.id, article.storyId);
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
    featuredImage: featuredImageOf(article, story),
    primarySectionId: story.primarySectionId,
    translatedFromId: article.translatedFromId,
  };
}
