import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorModel } from '../authors/models/author.model.js';
import { SectionModel } from '../sections/models/section.model.js';
import { TagModel } from '../tags/models/tag.model.js';
import { ArticleRelationsReader } from './article-relations.reader.js';
import { RelatedArgs } from './dto/articles.args.js';
import { ArticleModel } from './models/article.model.js';

/** The relations of an article, each read through the request's loaders (see ArticleRelationsReader). */
@Resolver(() => ArticleModel)
export class ArticleFieldsResolver {
  constructor(private readonly relations: ArticleRelationsReader) {}

  @ResolveField(() => String, { description: 'Sanitized HTML.' })
  body(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.body(request, article);
  }

  @ResolveField(() => [AuthorModel], { description: 'The byline, in order.' })
  authors(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.authors(request, article);
  }

  @ResolveField(() => [TagModel])
  tags(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.tags(request, article);
  }

  @ResolveField(() => SectionModel, { nullable: true, description: 'Its `ancestors` are the breadcrumb.' })
  primarySection(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.primarySection(request, article);
  }

  @ResolveField(() => [SectionModel], { description: 'Every section the story is in, the primary one first.' })
  sections(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.sectionsOf(request, article);
  }

  @ResolveField(() => [ArticleModel], { description: 'The other published language versions of the story: for a language switcher and hreflang.' })
  translations(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.translations(request, article);
  }

  @ResolveField(() => [ArticleModel], { description: 'Published articles in the same locale sharing tags, then sections; newest first among equals.' })
  related(@Parent() article: ArticleModel, @Args() { first }: RelatedArgs, @Context('req') request: object) {
    return this.relations.related(request, article, first);
  }

  @ResolveField(() => String, { description: 'The public path of the article page, e.g. /en/world/eu-south-korea-sign-defence-agreement.' })
  canonicalPath(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.relations.canonicalPath(request, article);
  }
}
