import { Module } from '@nestjs/common';
import { AuthorsModule } from '../authors/authors.module.js';
import { SectionsModule } from '../sections/sections.module.js';
import { TagsModule } from '../tags/tags.module.js';
import { ArticleChanges } from './article-changes.js';
import { ArticleDraftsService } from './article-drafts.service.js';
import { ArticleEditingService } from './article-editing.service.js';
import { ArticleFieldsResolver } from './article-fields.resolver.js';
import { ArticleMutationsResolver } from './article-mutations.resolver.js';
import { ArticlePublishingService } from './article-publishing.service.js';
import { ArticleScheduler } from './article-scheduler.service.js';
import { HtmlSanitizer } from './html-sanitizer.js';
import { PreviewTokens } from './preview-tokens.js';
import { ArticleLoaders } from './article.loaders.js';
import { ArticlePaths } from './article-paths.service.js';
import { ArticleQueryService } from './article-query.service.js';
import { ArticleRelationsService } from './article-relations.service.js';
import { ArticleRelationsReader } from './article-relations.reader.js';
import { ArticlesResolver } from './articles.resolver.js';
import { AuthorArticlesResolver, SectionArticlesResolver, TagArticlesResolver } from './taxonomy-articles.resolver.js';

@Module({
  imports: [SectionsModule, TagsModule, AuthorsModule],
  providers: [
    ArticleQueryService,
    ArticleRelationsService,
    ArticleLoaders,
    ArticlePaths,
    ArticleRelationsReader,
    ArticleChanges,
    ArticleEditingService,
    ArticlePublishingService,
    ArticleDraftsService,
    ArticleScheduler,
    HtmlSanitizer,
    PreviewTokens,
    ArticlesResolver,
    ArticleFieldsResolver,
    ArticleMutationsResolver,
    SectionArticlesResolver,
    TagArticlesResolver,
    AuthorArticlesResolver,
  ],
  exports: [ArticleChanges, ArticleQueryService, ArticleLoaders, ArticlePaths, ArticleRelationsReader, ArticleEditingService],
})
export class ArticlesModule {}
