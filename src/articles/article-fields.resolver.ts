import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthorModel } from '../authors/models/author.model.js';
import { SectionModel } from '../sections/models/section.model.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagModel } from '../tags/models/tag.model.js';
import { ArticleLoaders, localizedKey } from './article.loaders.js';
import { ArticlePaths } from './article-paths.service.js';
import { RelatedArgs } from './dto/articles.args.js';
import { ArticleModel } from './models/article.model.js';

/** The relations of an article, each read through a per-request loader or the request's section tree. */
@Resolver(() => ArticleModel)
export class ArticleFieldsResolver {
  constructor(
    private readonly loaders: ArticleLoaders,
    private readonly sectionQueries: SectionQueryService,
    private readonly articlePaths: ArticlePaths,
  ) {}

  @ResolveField(() => [AuthorModel], { description: 'The byline, in order.' })
  authors(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.loaders.for(request).authorsByStoryLoader.load(localizedKey(article.storyId, article.locale));
  }

  @ResolveField(() => [TagModel])
  tags(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.loaders.for(request).tagsByStoryLoader.load(localizedKey(article.storyId, article.locale));
  }

  @ResolveField(() => SectionModel, { nullable: true, description: 'Its `ancestors` are the breadcrumb.' })
  async primarySection(@Parent() article: ArticleModel, @Context('req') request: object) {
    if (!article.primarySectionId) return null;
    return (await this.sectionQueries.tree(request, article.locale)).get(article.primarySectionId) ?? null;
  }

  @ResolveField(() => [SectionModel], { description: 'Every section the story is in, the primary one first.' })
  async sections(@Parent() article: ArticleModel, @Context('req') request: object) {
    const [ids, tree] = await Promise.all([
      this.loaders.for(request).sectionIdsByStoryLoader.load(article.storyId),
      this.sectionQueries.tree(request, article.locale),
    ]);
    const primaryFirst = [...ids].sort((a, b) => Number(b === article.primarySectionId) - Number(a === article.primarySectionId));
    return primaryFirst.map((id) => tree.get(id)).filter(Boolean);
  }

  @ResolveField(() => [ArticleModel], { description: 'The other published language versions of the story: for a language switcher and hreflang.' })
  async translations(@Parent() article: ArticleModel, @Context('req') request: object) {
    const versions = await this.loaders.for(request).publicVersionsByStoryLoader.load(article.storyId);
    return versions.filter((version) => version.id !== article.id).sort((a, b) => a.locale.localeCompare(b.locale));
  }

  @ResolveField(() => [ArticleModel], { description: 'Published articles in the same locale sharing tags, then sections; newest first among equals.' })
  related(@Parent() article: ArticleModel, @Args() { first }: RelatedArgs, @Context('req') request: object) {
    return this.loaders.for(request).relatedByArticleLoader.load(`${article.id}|${first}`);
  }

  @ResolveField(() => String, { description: 'The public path of the article page, e.g. /en/world/eu-south-korea-sign-defence-agreement.' })
  canonicalPath(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.articlePaths.canonicalPath(request, article);
  }
}
