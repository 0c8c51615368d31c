import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorModel } from '../authors/models/author.model.js';
import { SectionModel } from '../sections/models/section.model.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagModel } from '../tags/models/tag.model.js';
import { ArticleQueryService } from './article-query.service.js';
import { ArticleConnection } from './articles.resolver.js';
import { NestedArticlesArgs } from './dto/articles.args.js';

/** `Section.articles`: lives here because articles know sections, never the other way round. */
@Resolver(() => SectionModel)
export class SectionArticlesResolver {
  constructor(
    private readonly articleQueries: ArticleQueryService,
    private readonly sections: SectionQueryService,
  ) {}

  @ResolveField(() => ArticleConnection, { description: "The section's published articles, its subsections' included, newest first." })
  async articles(@Parent() section: SectionModel, @Args() { first, after }: NestedArticlesArgs, @Context('req') request: object) {
    const sectionIds = (await this.sections.tree(request, section.locale)).subtreeIds(section.id);
    return this.articleQueries.listPublishedIn({ sectionIds }, { locale: section.locale, first, after });
  }
}

@Resolver(() => TagModel)
export class TagArticlesResolver {
  constructor(private readonly articleQueries: ArticleQueryService) {}

  @ResolveField(() => ArticleConnection, { description: 'Published articles with this tag, newest first.' })
  articles(@Parent() tag: TagModel, @Args() { first, after }: NestedArticlesArgs) {
    return this.articleQueries.listPublishedIn({ tagId: tag.id }, { locale: tag.locale, first, after });
  }
}

@Resolver(() => AuthorModel)
export class AuthorArticlesResolver {
  constructor(private readonly articleQueries: ArticleQueryService) {}

  @ResolveField(() => ArticleConnection, { description: "The author's published articles in the author's requested locale, newest first." })
  articles(@Parent() author: AuthorModel, @Args() { first, after }: NestedArticlesArgs) {
    return this.articleQueries.listPublishedIn({ authorId: author.id }, { locale: author.locale, first, after });
  }
}
