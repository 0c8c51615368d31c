import { Injectable } from '@nestjs/common';
import { ArticleQueryService } from '../articles/article-query.service.js';
import { AppError } from '../common/errors.js';
import { AppConfig } from '../config/app-config.js';
import { ArticleRelationsReader } from '../articles/article-relations.reader.js';
import { ArticleDescriber } from './article-describer.service.js';
import { modifiedAt, type DescribedArticle } from './described-article.js';
import { FEED_CONTENT_TYPES, imageType, renderAtom, renderRss, type Feed, type FeedEntry, type FeedFormat } from './feed-document.js';
import { FeedSubjects } from './feed-subjects.service.js';
import { newest, type HttpDocument } from './http-document.js';
import { SiteUrls } from './site-urls.js';

/** What a feed URL names: `/feeds/{locale}/{format}.xml` or `/feeds/{locale}/{kind}/{slug}/{format}.xml`. */
export interface FeedRequest {
  locale: string;
  format: string;
  kind?: string;
  slug?: string;
}

function toFeedEntry({ article, url, authors, primarySection, tags }: DescribedArticle, contentHtml: string | null): FeedEntry {
  const image = article.featuredImage;
  return {
    id: `urn:uuid:${article.id}`,
    title: article.title,
    url,
    published: article.publishedAt ?? article.updatedAt,
    updated: modifiedAt(article),
    summary: article.excerpt ?? article.subtitle,
    contentHtml,
    authors,
    categories: primarySection ? [primarySection, ...tags] : tags,
    image: image && { url: image.url, type: imageType(image.url), width: image.width, height: image.height, caption: image.caption, credit: image.credit },
  };
}

/** RSS and Atom feeds of the latest public articles of a locale, section (with subsections), tag or author. */
@Injectable()
export class FeedService {
  constructor(
    private readonly config: AppConfig,
    private readonly subjects: FeedSubjects,
    private readonly articles: ArticleQueryService,
    private readonly describer: ArticleDescriber,
    private readonly relations: ArticleRelationsReader,
    private readonly urls: SiteUrls,
  ) {}

  async feed(request: object, { locale, format, kind, slug }: FeedRequest): Promise<HttpDocument> {
    if (format !== 'rss' && format !== 'atom') throw AppError.notFound(`Feed format "${format}"`);
    const subject = await this.subjects.resolve(request, locale, kind, slug);
    const page = await this.articles.listPublishedIn(subject.scope, { locale, first: this.config.FEED_ITEMS });
    const fullContent = this.config.FEED_CONTENT === 'full';
    const entries = await Promise.all(
      page.edges.map(async ({ node }) => {
        const [described, body] = await Promise.all([this.describer.describe(request, node), fullContent ? this.relations.body(request, node) : null]);
        return toFeedEntry(described, body);
      }),
    );
    const feed: Feed = {
      title: subject.title,
      description: subject.description,
      pageUrl: this.urls.absolute(subject.pagePath),
      selfUrl: this.urls.feed(locale, format, kind && slug ? { kind, slug } : undefined),
      language: locale,
      publisher: this.config.PUBLICATION_NAME,
      updated: newest(entries.map((entry) => entry.updated)),
      entries,
    };
    return { body: format === 'rss' ? renderRss(feed) : renderAtom(feed), contentType: FEED_CONTENT_TYPES[format as FeedFormat], lastModified: feed.updated };
  }
}
