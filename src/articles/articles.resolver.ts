import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { SlugInLocaleArgs } from '../common/locale.args.js';
import { Connection } from '../common/pagination/connection.model.js';
import { ArticleQueryService } from './article-query.service.js';
import { ArticleByIdArgs, ArticlesArgs } from './dto/articles.args.js';
import { ArticleModel } from './models/article.model.js';

export const ArticleConnection = Connection(ArticleModel, 'Article');

@Resolver(() => ArticleModel)
export class ArticlesResolver {
  constructor(private readonly articleQueries: ArticleQueryService) {}

  @Query(() => ArticleModel, { nullable: true, description: 'A published article by slug; null when there is none.' })
  article(@Args() { slug, locale }: SlugInLocaleArgs) {
    return this.articleQueries.findPublishedBySlug(slug, locale);
  }

  @Query(() => ArticleModel, { nullable: true, description: 'A published article (language version) by id; null when there is none.' })
  articleById(@Args() { id }: ArticleByIdArgs) {
    return this.articleQueries.findPublishedById(id);
  }

  @Query(() => ArticleConnection, { description: 'Published articles in one locale, newest first unless orderBy says otherwise.' })
  articles(@Args() { locale, first, after, filter, orderBy }: ArticlesArgs, @Context('req') request: object) {
    return this.articleQueries.listPublished(request, { locale, first, after, orderBy }, filter);
  }
}
