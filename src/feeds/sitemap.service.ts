import { Injectable } from '@nestjs/common';
import { ArticleQueryService } from '../articles/article-query.service.js';
import { ArticleOrder } from '../articles/dto/articles.args.js';
import type { ArticleModel } from '../articles/models/article.model.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { AppConfig } from '../config/app-config.js';
import { ArticleDescriber } from './article-describer.service.js';
import { modifiedAt } from './described-article.js';
import { newest, type HttpDocument } from './http-document.js';
import { PageSitemaps } from './page-sitemaps.service.js';
import {
  NEWS_SITEMAP_MAX_URLS,
  newsLanguage,
  renderNewsSitemap,
  renderRobots,
  renderSitemapIndex,
  renderUrlSet,
  SITEMAP_MAX_URLS,
  type SitemapRef,
  type SitemapUrl,
} from './sitemap-document.js';
import { SiteUrls } from './site-urls.js';

const XML = 'application/xml; charset=utf-8';
const MONTHLY = /^articles-(\d{4})-(0[1-9]|1[0-2])$/;
/** Google News lists articles published in the last two days. */
const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/**
 * The sitemap index (monthly article sitemaps per locale, then section and author pages), the sitemaps
 * it lists, the Google News sitemap and robots.txt. Articles come from ArticleQueryService, so the
 * sitemaps list exactly what the public API shows.
 */
@Injectable()
export class SitemapService {
  constructor(
    private readonly config: AppConfig,
    private readonly locales: Locales,
    private readonly articles: ArticleQueryService,
    private readonly describer: ArticleDescriber,
    private readonly pages: PageSitemaps,
    private readonly urls: SiteUrls,
  ) {}

  async index(): Promise<HttpDocument> {
    const months = await this.articles.publishedMonths();
    const sitemaps: SitemapRef[] = this.locales.supported.flatMap((locale) => [
      ...months.filter((month) => month.locale === locale).map((month) => ({ url: this.urls.sitemap(locale, `articles-${month.month}`), lastModified: month.lastModified })),
      { url: this.urls.sitemap(locale, 'sections'), lastModified: null },
      { url: this.urls.sitemap(locale, 'authors'), lastModified: null },
    ]);
    return { body: renderSitemapIndex(sitemaps), contentType: XML, lastModified: newest(months.map((month) => month.lastModified)) };
  }

  /** One sitemap of the index: `articles-YYYY-MM`, `sections` or `authors` of a locale. */
  async sitemap(request: object, locale: string, name: string): Promise<HttpDocument> {
    if (!this.locales.supported.includes(locale)) throw AppError.notFound(`Locale "${locale}"`);
    const month = MONTHLY.exec(name);
    if (month) return this.articlesOf(request, locale, Number(month[1]), Number(month[2]));
    if (name === 'sections') return urlSet(await this.pages.sectionPages(request, locale));
    if (name === 'authors') return urlSet(await this.pages.authorPages(locale));
    throw AppError.notFound(`Sitemap "${name}"`);
  }

  /** Public articles published in the last 48 hours, in every locale, newest first. */
  async news(request: object): Promise<HttpDocument> {
    const since = new Date(Date.now() - NEWS_WINDOW_MS);
    const pages = await Promise.all(
      this.locales.supported.map((locale) => this.articles.listPublishedIn({ publishedAfter: since }, { locale, first: NEWS_SITEMAP_MAX_URLS })),
    );
    const articles = pages
      .flatMap((page) => page.edges.map(({ node }) => node))
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || a.id.localeCompare(b.id))
      .slice(0, NEWS_SITEMAP_MAX_URLS);
    const urls = await Promise.all(
      articles.map(async (article) => ({
        url: await this.describer.url(request, article),
        title: article.title,
        language: newsLanguage(article.locale),
        published: article.publishedAt!,
      })),
    );
    return { body: renderNewsSitemap(this.config.PUBLICATION_NAME, urls), contentType: XML, lastModified: newest(articles.map(modifiedAt)) };
  }

  robots(): HttpDocument {
    return {
      body: renderRobots([this.urls.absolute('/sitemap.xml'), this.urls.absolute('/news-sitemap.xml')]),
      contentType: 'text/plain; charset=utf-8',
      lastModified: null,
    };
  }

  private async articlesOf(request: object, locale: string, year: number, month: number): Promise<HttpDocument> {
    const scope = { publishedAfter: new Date(Date.UTC(year, month - 1, 1)), publishedBefore: new Date(Date.UTC(year, month, 1)) };
    const page = await this.articles.listPublishedIn(scope, { locale, first: SITEMAP_MAX_URLS, orderBy: ArticleOrder.PUBLISHED_AT_ASC });
    if ((await page.totalCount()) === 0) throw AppError.notFound(`Sitemap "articles-${year}-${String(month).padStart(2, '0')}"`);
    const articles = page.edges.map(({ node }) => node);
    return urlSet(await Promise.all(articles.map((article) => this.articleUrl(request, article))), newest(articles.map(modifiedAt)));
  }

  private async articleUrl(request: object, article: ArticleModel): Promise<SitemapUrl> {
    const [url, alternates] = await Promise.all([this.describer.url(request, article), this.describer.alternates(request, article)]);
    return { url, lastModified: modifiedAt(article), alternates };
  }
}

function urlSet(urls: SitemapUrl[], lastModified: Date | null = null): HttpDocument {
  return { body: renderUrlSet(urls), contentType: XML, lastModified };
}
