import { Injectable } from '@nestjs/common';
import { AuthorQueryService } from '../authors/authors.service.js';
import { Locales } from '../common/locales.js';
import { PublicPaths } from '../common/public-paths.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { SITEMAP_MAX_URLS, withXDefault, type SitemapUrl } from './sitemap-document.js';
import { SiteUrls } from './site-urls.js';

/**
 * Sitemaps of the section and author pages of a locale, each page with its counterparts in every
 * locale as hreflang alternates (a section's slug is localized, with the default locale's slug as
 * fallback; an author's slug is the same everywhere).
 */
@Injectable()
export class PageSitemaps {
  constructor(
    private readonly sections: SectionQueryService,
    private readonly authors: AuthorQueryService,
    private readonly paths: PublicPaths,
    private readonly urls: SiteUrls,
    private readonly locales: Locales,
  ) {}

  async sectionPages(request: object, locale: string): Promise<SitemapUrl[]> {
    const trees = new Map(await Promise.all(this.locales.supported.map(async (other) => [other, await this.sections.tree(request, other)] as const)));
    return trees.get(locale)!.nodes.map((section) =>
      this.page(locale, (other) => {
        const counterpart = trees.get(other)!.get(section.id);
        return counterpart ? this.paths.section(other, counterpart.slug) : null;
      }),
    );
  }

  async authorPages(locale: string): Promise<SitemapUrl[]> {
    const authors = await this.authors.list({ locale, first: SITEMAP_MAX_URLS });
    return authors.edges.map(({ node }) => this.page(locale, (other) => this.paths.author(other, node.slug)));
  }

  private page(locale: string, pathIn: (locale: string) => string | null): SitemapUrl {
    const alternates = this.locales.supported.flatMap((other) => {
      const path = pathIn(other);
      return path ? [{ hreflang: other, url: this.urls.absolute(path) }] : [];
    });
    return { url: this.urls.absolute(pathIn(locale)!), lastModified: null, alternates: withXDefault(alternates, this.locales.defaultLocale) };
  }
}
