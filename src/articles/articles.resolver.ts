import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.model.js';
import { ArticleQueryService } from './article-query.service.js';
import { ArticleBySlugArgs, ArticlesArgs } from './dto/articles.args.js';
import { ArticleModel } from './models/article.model.js';

export const ArticleConnection = Connection(ArticleModel, 'Article');

@Resolver(() => ArticleModel)
export class ArticlesResolver {
  constructor(private readonly articleQueries: ArticleQueryService) {}

  @Query(() => ArticleModel, { nullable: true, description: 'A published article by slug; null when there is none.' })
  article(@Args() { slug, locale }: ArticleBySlugArgs) {
    return this.articleQueries.findPublishedBySlug(slug, locale);
  }

  @Query(() => ArticleConnection, { description: 'Published articles in one locale, newest first.' })
  articles(@Args() args: ArticlesArgs) {
    return this.articleQueries.listPublished(args);
  }
}
