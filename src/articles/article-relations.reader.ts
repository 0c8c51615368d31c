import { Injectable } from '@nestjs/common';
import { tagResponse } from '../cache/response-tags.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import type { AuthorModel } from '../authors/models/author.model.js';
import type { SectionNode } from '../sections/section-tree.js';
import { SectionQueryService } from '../sections/sections.service.js';
import type { TagModel } from '../tags/models/tag.model.js';
import { ArticleLoaders, localizedKey } from './article.loaders.js';
import { ArticlePaths } from './article-paths.service.js';
import type { ArticleModel } from './models/article.model.js';

/**
 * An article's relations for one request, through the request's loaders and section tree: what the
 * GraphQL field resolvers and the REST representation both read, so the two protocols agree.
 */
@Injectable()
export class ArticleRelationsReader {
  constructor(
    private readonly loaders: ArticleLoaders,
    private readonly sections: SectionQueryService,
    private readonly articlePaths: ArticlePaths,
  ) {}

  authors(request: object, article: ArticleModel): Promise<AuthorModel[]> {
    return this.loaders.for(request).authorsByStoryLoader.load(localizedKey(article.storyId, article.locale));
  }

  tags(request: object, article: ArticleModel): Promise<TagModel[]> {
    return this.loaders.for(request).tagsByStoryLoader.load(localizedKey(article.storyId, article.locale));
  }

  async primarySection(request: object, article: ArticleModel): Promise<SectionNode | null> {
    if (!article.primarySectionId) return null;
    return (await this.sections.tree(request, article.locale)).get(article.primarySectionId) ?? null;
  }

  /** Every section the story is in, the primary one first. */
  async sectionsOf(request: object, article: ArticleModel): Promise<SectionNode[]> {
    const [ids, tree] = await Promise.all([
      this.loaders.for(request).sectionIdsByStoryLoader.load(article.storyId),
      this.sections.tree(request, article.locale),
    ]);
    const primaryFirst = [...ids].sort((a, b) => Number(b === article.primarySectionId) - Number(a === article.primarySectionId));
    return primaryFirst.map((id) => tree.get(id)).filter((node): node is SectionNode => Boolean(node));
  }

  async ancestors(request: object, section: SectionNode): Promise<SectionNode[]> {
    return (await this.sections.tree(request, section.locale)).ancestors(section.id);
  }

  /** The other published language versions, by locale. */
  async translations(request: object, article: ArticleModel): Promise<ArticleModel[]> {
    const versions = await this.loaders.for(request).publicVersionsByStoryLoader.load(article.storyId);
    return versions.filter((version) => version.id !== article.id).sort((a, b) => a.locale.localeCompare(b.locale));
  }

  related(request: object, article: ArticleModel, first: number): Promise<ArticleModel[]> {
    // A ranking over the locale's articles: any publication or relation change in it may move it.
    tagResponse(SurrogateKeys.articleLists(article.locale));
    return this.loaders.for(request).relatedByArticleLoader.load(`${article.id}|${first}`);
  }

  /** The HTML body: at hand for an article page, batched for a list. */
  body(request: object, article: ArticleModel): Promise<string> {
    return article.body !== undefined ? Promise.resolve(article.body) : this.loaders.for(request).bodyByArticleLoader.load(article.id);
  }

  canonicalPath(request: object, article: ArticleModel): Promise<string> {
    return this.articlePaths.canonicalPath(request, article);
  }
}
