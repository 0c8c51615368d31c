import { modifiedAt, type DescribedArticle } from './described-article.js';

export interface Publisher {
  name: string;
  logoUrl?: string;
}

export type JsonLd = Record<string, unknown>;

function imageOf(article: DescribedArticle['article']): JsonLd | undefined {
  const image = article.featuredImage;
  if (!image) return undefined;
  return withoutEmpty({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height, caption: image.caption, creditText: image.credit });
}

/** Drops null and undefined members: schema.org readers treat a missing property better than a null one. */
function withoutEmpty(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * The schema.org `NewsArticle` of an article page (what Google reads for Top stories), built from
 * what the API already knows about it: a frontend embeds it in `<script type="application/ld+json">`.
 */
export function newsArticleJsonLd(described: DescribedArticle, publisher: Publisher): JsonLd {
  const { article, url, authors, primarySection, tags } = described;
  return withoutEmpty({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.title,
    description: article.excerpt ?? article.subtitle,
    image: imageOf(article),
    datePublished: article.publishedAt?.toISOString(),
    dateModified: modifiedAt(article).toISOString(),
    author: authors.map((author) => ({ '@type': 'Person', name: author.name, url: author.url })),
    publisher: withoutEmpty({
      '@type': 'Organization',
      name: publisher.name,
      logo: publisher.logoUrl ? { '@type': 'ImageObject', url: publisher.logoUrl } : undefined,
    }),
    inLanguage: article.locale,
    articleSection: primarySection?.name,
    isPartOf: primarySection ? { '@type': 'CollectionPage', '@id': primarySection.url, name: primarySection.name, url: primarySection.url } : undefined,
    keywords: tags.length ? tags.map((tag) => tag.name) : undefined,
  });
}
