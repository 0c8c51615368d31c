import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.model.js';
import { ArticleQueryService } from './article-query.service.js';
import { ArticleLookupArgs } from './dto/article-lookup.args.js';
import { ArticleByIdArgs, ArticlesArgs } from './dto/articles.args.js';
import { ArticleModel } from './models/article.model.js';
import { PreviewTokens } from './preview-tokens.js';

export const ArticleConnection = Connection(ArticleModel, 'Article');

@Resolver(() => ArticleModel)
export class ArticlesResolver {
  constructor(
    private readonly articleQueries: ArticleQueryService,
    private readonly previewTokens: PreviewTokens,
  ) {}

  @Query(() => ArticleModel, { nullable: true, description: 'A published article by slug (or the previewed version); null when there is none.' })
  async article(@Args() { slug, locale, previewToken }: ArticleLookupArgs) {
    if (previewToken) return this.articleQueries.findPreviewBySlug(slug, locale, await this.previewTokens.articleIdOf(previewToken));
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
