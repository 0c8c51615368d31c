import { Injectable } from '@nestjs/common';
import { ArticleLoaders, localizedKey } from '../articles/article.loaders.js';
import { ArticlePaths } from '../articles/article-paths.service.js';
import type { ArticleModel } from '../articles/models/article.model.js';
import { Locales } from '../common/locales.js';
import { PublicPaths } from '../common/public-paths.js';
import { SectionQueryService } from '../sections/sections.service.js';
import type { DescribedArticle } from './described-article.js';
import { withXDefault, type Alternate } from './sitemap-document.js';
import { SiteUrls } from './site-urls.js';

/**
 * Reads what surrounds an article (byline, primary section, tags, language versions) through the
 * per-request loaders and section trees, so describing a list costs the same statements as one article.
 * Callers describe a list with `Promise.all`: every loader key is asked for before the first await.
 */
@Injectable()
export class ArticleDescriber {
  constructor(
    private readonly loaders: ArticleLoaders,
    private readonly sections: SectionQueryService,
    private readonly articlePaths: ArticlePaths,
    private readonly paths: PublicPaths,
    private readonly urls: SiteUrls,
    private readonly locales: Locales,
  ) {}

  async describe(request: object, article: ArticleModel): Promise<DescribedArticle> {
    const loaders = this.loaders.for(request);
    const key = localizedKey(article.storyId, article.locale);
    const [authors, tags, tree, url] = await Promise.all([
      loaders.authorsByStoryLoader.load(key),
      loaders.tagsByStoryLoader.load(key),
      this.sections.tree(request, article.locale),
      this.url(request, article),
    ]);
    const section = article.primarySectionId ? tree.get(article.primarySectionId) : undefined;
    const locale = article.locale;
    return {
      article,
      url,
      authors: authors.map((author) => ({ name: author.name, url: this.urls.absolute(this.paths.author(locale, author.slug)) })),
      primarySection: section ? { name: section.name, term: section.slug, url: this.urls.absolute(this.paths.section(locale, section.slug)) } : null,
      tags: tags.map((tag) => ({ name: tag.name, term: tag.slug, url: this.urls.absolute(this.paths.tag(locale, tag.slug)) })),
    };
  }

  /** The absolute canonical URL of the article page. */
  async url(request: object, article: ArticleModel): Promise<string> {
    return this.urls.absolute(await this.articlePaths.canonicalPath(request, article));
  }

  /** Every public language version of the story (this one included), plus x-default: hreflang alternates. */
  async alternates(request: object, article: ArticleModel): Promise<Alternate[]> {
    const versions = await this.loaders.for(request).publicVersionsByStoryLoader.load(article.storyId);
    const sorted = [...versions].sort((a, b) => a.locale.localeCompare(b.locale));
    const alternates = await Promise.all(sorted.map(async (version) => ({ hreflang: version.locale, url: await this.url(request, version) })));
    return withXDefault(alternates, this.locales.defaultLocale);
  }
}
