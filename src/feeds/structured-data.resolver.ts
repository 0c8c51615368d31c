import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ArticleModel } from '../articles/models/article.model.js';
import { JSONScalar } from '../graphql/json.scalar.js';
import { StructuredDataService } from './structured-data.service.js';

/** `Article.structuredData`: lives in this module, as articles know nothing of SEO. */
@Resolver(() => ArticleModel)
export class StructuredDataResolver {
  constructor(private readonly jsonLd: StructuredDataService) {}

  @ResolveField(() => JSONScalar, {
    description: 'schema.org NewsArticle JSON-LD for the article page, with absolute URLs on PUBLIC_SITE_URL: embed it in <script type="application/ld+json">.',
  })
  structuredData(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.jsonLd.forArticle(request, article);
  }
}
