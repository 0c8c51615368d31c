import { Injectable } from '@nestjs/common';
import type { ArticleScope } from '../articles/article-query.service.js';
import { AuthorQueryService } from '../authors/authors.service.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { PublicPaths } from '../common/public-paths.js';
import { AppConfig } from '../config/app-config.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagQueryService } from '../tags/tags.service.js';

/** What a feed is about: its channel's title, description and page, and the articles it lists. */
export interface FeedSubject {
  title: string;
  description: string;
  pagePath: string;
  scope: ArticleScope;
}

/**
 * Resolves the subject of a feed URL (a locale, and maybe a section, tag or author slug) through the
 * same taxonomy services as GraphQL. Anything unknown is NOT_FOUND: a feed URL either exists or 404s.
 */
@Injectable()
export class FeedSubjects {
  constructor(
    private readonly config: AppConfig,
    private readonly locales: Locales,
    private readonly sections: SectionQueryService,
    private readonly tags: TagQueryService,
    private readonly authors: AuthorQueryService,
    private readonly paths: PublicPaths,
  ) {}

  async resolve(request: object, locale: string, kind?: string, slug?: string): Promise<FeedSubject> {
    if (!this.locales.supported.includes(locale)) throw AppError.notFound(`Locale "${locale}"`);
    switch (kind) {
      case undefined:
        return { title: this.config.PUBLICATION_NAME, description: this.config.PUBLICATION_NAME, pagePath: this.paths.home(locale), scope: {} };
      case 'sections':
        return this.section(request, locale, slug!);
      case 'tags':
        return this.tag(locale, slug!);
      case 'authors':
        return this.author(locale, slug!);
      default:
        throw AppError.notFound(`Feed kind "${kind}"`);
    }
  }

  /** A section's feed holds its subsections' articles too, as its page does. */
  private async section(request: object, locale: string, slug: string): Promise<FeedSubject> {
    const tree = await this.sections.tree(request, locale);
    const section = tree.bySlug(slug);
    if (!section) throw AppError.notFound(`Section "${slug}"`);
    return {
      ...this.titled(section.name, section.description),
      pagePath: this.paths.section(locale, section.slug),
      scope: { sectionIds: tree.subtreeIds(section.id) },
    };
  }

  private async tag(locale: string, slug: string): Promise<FeedSubject> {
    const tag = await this.tags.findBySlug(slug, locale);
    if (!tag) throw AppError.notFound(`Tag "${slug}"`);
    return { ...this.titled(tag.name, null), pagePath: this.paths.tag(locale, tag.slug), scope: { tagId: tag.id } };
  }

  private async author(locale: string, slug: string): Promise<FeedSubject> {
    const author = await this.authors.findBySlug(slug, locale);
    if (!author) throw AppError.notFound(`Author "${slug}"`);
    return { ...this.titled(author.name, author.bio), pagePath: this.paths.author(locale, author.slug), scope: { authorId: author.id } };
  }

  private titled(name: string, description: string | null): Pick<FeedSubject, 'title' | 'description'> {
    return { title: `${name} – ${this.config.PUBLICATION_NAME}`, description: description || `${this.config.PUBLICATION_NAME}: ${name}` };
  }
}
