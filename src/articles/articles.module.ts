import { Module } from '@nestjs/common';
import { ArticleQueryService } from './article-query.service.js';
import { ArticlesResolver } from './articles.resolver.js';

@Module({
  providers: [ArticleQueryService, ArticlesResolver],
  exports: [ArticleQueryService],
})
export class ArticlesModule {}
