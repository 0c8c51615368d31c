import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { AuthorsModule } from '../authors/authors.module.js';
import { SectionsModule } from '../sections/sections.module.js';
import { TagsModule } from '../tags/tags.module.js';
import { ArticleDescriber } from './article-describer.service.js';
import { DocumentResponder } from './document-responder.js';
import { FeedSubjects } from './feed-subjects.service.js';
import { FeedService } from './feed.service.js';
import { FeedsController } from './feeds.controller.js';
import { PageSitemaps } from './page-sitemaps.service.js';
import { SiteUrls } from './site-urls.js';
import { SitemapService } from './sitemap.service.js';
import { SitemapsController } from './sitemaps.controller.js';
import { StructuredDataResolver } from './structured-data.resolver.js';
import { StructuredDataService } from './structured-data.service.js';

/** Feeds, sitemaps, robots.txt and article JSON-LD: read-only views of the public articles, for machines. */
@Module({
  imports: [ArticlesModule, SectionsModule, TagsModule, AuthorsModule],
  controllers: [FeedsController, SitemapsController],
  providers: [SiteUrls, DocumentResponder, ArticleDescriber, FeedSubjects, FeedService, PageSitemaps, SitemapService, StructuredDataService, StructuredDataResolver],
  // For the REST article response, which is to carry the same JSON-LD.
  exports: [StructuredDataService],
})
export class FeedsModule {}
