import { element, textElement, xmlDocument } from './xml.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** The sitemap protocol's cap per file; Google News allows 1,000. */
export const SITEMAP_MAX_URLS = 50_000;
export const NEWS_SITEMAP_MAX_URLS = 1_000;

export interface SitemapRef {
  url: string;
  lastModified: Date | null;
}

export interface Alternate {
  /** A locale, or `x-default`. */
  hreflang: string;
  url: string;
}

export interface SitemapUrl {
  url: string;
  lastModified: Date | null;
  /** Every language version of the page, itself included (as Google asks), plus x-default. */
  alternates: Alternate[];
}

export interface NewsUrl {
  url: string;
  title: string;
  language: string;
  published: Date;
}

const lastmod = (date: Date | null) => (date ? textElement('lastmod', date.toISOString()) : '');

export function renderSitemapIndex(sitemaps: SitemapRef[]): string {
  const entries = sitemaps.map((sitemap) => element('sitemap', {}, textElement('loc', sitemap.url), lastmod(sitemap.lastModified)));
  return xmlDocument(element('sitemapindex', { xmlns: SITEMAP_NS }, ...entries));
}

export function renderUrlSet(urls: SitemapUrl[]): string {
  const entries = urls.map((page) =>
    element(
      'url',
      {},
      textElement('loc', page.url),
      lastmod(page.lastModified),
      ...page.alternates.map((alternate) => element('xhtml:link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.url })),
    ),
  );
  return xmlDocument(element('urlset', { xmlns: SITEMAP_NS, 'xmlns:xhtml': XHTML_NS }, ...entries));
}

/** A Google News sitemap: the publication's name and language, the publication date and the title of each article. */
export function renderNewsSitemap(publication: string, urls: NewsUrl[]): string {
  const entries = urls.map((article) =>
    element(
      'url',
      {},
      textElement('loc', article.url),
      element(
        'news:news',
        {},
        element('news:publication', {}, textElement('news:name', publication), textElement('news:language', article.language)),
        textElement('news:publication_date', article.published.toISOString()),
        textElement('news:title', article.title),
      ),
    ),
  );
  return xmlDocument(element('urlset', { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS }, ...entries));
}

/** Google News wants an ISO 639 language code; Chinese keeps its script variant (zh-cn, zh-tw). */
export function newsLanguage(locale: string): string {
  const lower = locale.toLowerCase();
  return lower.startsWith('zh-') ? lower : lower.split('-')[0]!;
}

export function renderRobots(sitemapUrls: string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemapUrls.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

/** Adds x-default, pointing to the default locale's version, when there is one. */
export function withXDefault(alternates: Alternate[], defaultLocale: string): Alternate[] {
  const fallback = alternates.find((alternate) => alternate.hreflang === defaultLocale);
  return fallback ? [...alternates, { hreflang: 'x-default', url: fallback.url }] : alternates;
}
