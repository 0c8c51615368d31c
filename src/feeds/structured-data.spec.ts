import { describe, expect, it } from '@jest/globals';
import { ArticleStatus } from '../articles/entities/article-status.js';
import type { ArticleModel } from '../articles/models/article.model.js';
import type { DescribedArticle } from './described-article.js';
import { newsArticleJsonLd } from './structured-data.js';

const article: ArticleModel = {
  id: 'a1',
  storyId: 's1',
  locale: 'en',
  slug: 'eu-south-korea-sign-defence-agreement',
  title: 'EU and South Korea sign a defence agreement',
  subtitle: 'Standfirst',
  excerpt: null,
  body: '<p>Body</p>',
  status: ArticleStatus.PUBLISHED,
  publishedAt: new Date('2024-11-04T10:30:00Z'),
  updatedAt: new Date('2024-11-01T00:00:00Z'),
  translationCredit: null,
  readingTimeMinutes: 1,
  version: 1,
  featuredImage: { url: 'https://media.example/p.jpg', width: 1600, height: 900, alt: null, caption: null, credit: 'Photo: EC' },
  primarySectionId: 'sec',
};

const described: DescribedArticle = {
  article,
  url: 'https://www.example.com/en/world/eu-south-korea-sign-defence-agreement',
  authors: [{ name: 'Simone De La Feld', url: 'https://www.example.com/en/author/simone-de-la-feld' }],
  primarySection: { name: 'World', term: 'world', url: 'https://www.example.com/en/world' },
  tags: [],
};

describe('newsArticleJsonLd', () => {
  it('describes the article as a schema.org NewsArticle', () => {
    expect(newsArticleJsonLd(described, { name: 'Redazione', logoUrl: 'https://www.example.com/logo.png' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': described.url,
      url: described.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': described.url },
      headline: article.title,
      description: 'Standfirst',
      image: { '@type': 'ImageObject', url: 'https://media.example/p.jpg', width: 1600, height: 900, creditText: 'Photo: EC' },
      datePublished: '2024-11-04T10:30:00.000Z',
      // Saved before it was published: modified no earlier than published.
      dateModified: '2024-11-04T10:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Simone De La Feld', url: 'https://www.example.com/en/author/simone-de-la-feld' }],
      publisher: { '@type': 'Organization', name: 'Redazione', logo: { '@type': 'ImageObject', url: 'https://www.example.com/logo.png' } },
      inLanguage: 'en',
      articleSection: 'World',
      isPartOf: { '@type': 'CollectionPage', '@id': 'https://www.example.com/en/world', name: 'World', url: 'https://www.example.com/en/world' },
    });
  });

  it('leaves out what is missing instead of sending nulls', () => {
    const bare = newsArticleJsonLd({ ...described, article: { ...article, featuredImage: null, subtitle: null }, primarySection: null }, { name: 'Redazione' });
    expect(Object.keys(bare)).not.toEqual(expect.arrayContaining(['image', 'description', 'articleSection', 'isPartOf', 'keywords']));
    expect(bare.publisher).toEqual({ '@type': 'Organization', name: 'Redazione' });
    expect(JSON.stringify(bare)).not.toContain('null');
  });
});
