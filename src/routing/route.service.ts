import { Injectable } from '@nestjs/common';
import { ArticlePaths } from '../articles/article-paths.service.js';
import { ArticleQueryService } from '../articles/article-query.service.js';
import { AuthorQueryService } from '../authors/authors.service.js';
import { Locales } from '../common/locales.js';
import { PublicPaths, type ParsedPath } from '../common/public-paths.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagQueryService } from '../tags/tags.service.js';
import type { RouteModel, RouteTargetValue } from './models/route.model.js';

/**
 * Resolves a public path to what a frontend must render, so a page needs one query. The inverse of
 * `canonicalPath`: whatever it builds, this reads back. Old article slugs resolve too, with `redirect`.
 */
@Injectable()
export class RouteService {
  constructor(
    private readonly paths: PublicPaths,
    private readonly locales: Locales,
    private readonly articles: ArticleQueryService,
    private readonly articlePaths: ArticlePaths,
    private readonly sections: SectionQueryService,
    private readonly tags: TagQueryService,
    private readonly authors: AuthorQueryService,
  ) {}

  async resolve(request: object, path: string): Promise<RouteModel | null> {
    const parsed = this.paths.parse(path);
    if (!parsed || !this.locales.supported.includes(parsed.locale)) return null;
    const found = await this.find(request, parsed);
    if (!found) return null;
    const requested = path.split(/[?#]/)[0];
    return { target: found.target, canonicalPath: found.canonicalPath, redirect: requested !== found.canonicalPath };
  }

  private async find(request: object, parsed: ParsedPath): Promise<{ target: RouteTargetValue; canonicalPath: string } | null> {
    const { locale, slug } = parsed;
    switch (parsed.kind) {
      case 'article': {
        const article = (await this.articles.findPublishedBySlug(slug, locale)) ?? (await this.articles.findPublishedByFormerSlug(slug, locale));
        return article ? { target: article, canonicalPath: await this.articlePaths.canonicalPath(request, article) } : null;
      }
      case 'section': {
        const section = await this.sections.findBySlug(request, slug, locale);
        return section ? { target: section, canonicalPath: this.paths.section(locale, section.slug) } : null;
      }
      case 'tag': {
        const tag = await this.tags.findBySlug(slug, locale);
        return tag ? { target: tag, canonicalPath: this.paths.tag(locale, tag.slug) } : null;
      }
      case 'author': {
        const author = await this.authors.findBySlug(slug, locale);
        return author ? { target: author, canonicalPath: this.paths.author(locale, author.slug) } : null;
      }
    }
  }
}
