import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fetchDocument, parseXml } from './support/documents.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SITE = 'https://www.example.com';
const BORRELL = 'eu-south-korea-sign-defence-agreement';

interface PublicArticle {
  id: string;
  canonicalPath: string;
  translations: { locale: string; canonicalPath: string }[];
}

describe('sitemaps, news sitemap and robots.txt', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_SITE_URL: SITE, PUBLICATION_NAME: 'Eunews & Co' } });
  });

  afterAll(async () => {
    await app.close();
  });

  const get = (pathOrUrl: string, headers: Record<string, string> = {}) => fetchDocument(app.url, pathOrUrl, headers);

  async function xml(pathOrUrl: string): Promise<any> {
    const response = await get(pathOrUrl);
    expect({ path: pathOrUrl, status: response.status, type: response.headers.get('content-type') }).toEqual({
      path: pathOrUrl,
      status: 200,
      type: 'application/xml; charset=utf-8',
    });
    return parseXml(response.body);
  }

  async function publicArticles(locale: string): Promise<PublicArticle[]> {
    const { data, errors } = await app.graphql<{ articles: { totalCount: number; edges: { node: PublicArticle }[] } }>(
      `{ articles(locale: "${locale}", first: 100) { totalCount edges { node { id canonicalPath translations { locale canonicalPath } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.articles.totalCount).toBeLessThanOrEqual(100);
    return data!.articles.edges.map((edge) => edge.node);
  }

  async function indexLocs(): Promise<string[]> {
    return (await xml('/sitemap.xml')).sitemapindex.sitemap.map((sitemap: { loc: string }) => sitemap.loc);
  }

  /** Every `<url>` of the monthly article sitemaps of a locale. */
  async function articleUrls(locale: string): Promise<any[]> {
    const monthly = (await indexLocs()).filter((loc) => loc.startsWith(`${SITE}/sitemaps/${locale}/articles-`));
    const urls: any[] = [];
    for (const loc of monthly) urls.push(...(await xml(loc)).urlset.url);
    return urls;
  }

  it('robots.txt points to both sitemaps', async () => {
    const response = await get('/robots.txt');
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.body).toContain('User-agent: *');
    expect(response.body).toContain(`Sitemap: ${SITE}/sitemap.xml\n`);
    expect(response.body).toContain(`Sitemap: ${SITE}/news-sitemap.xml\n`);
  });

  it('the index lists the monthly article sitemaps of each locale, then its section and author sitemaps', async () => {
    const months: { locale: string; month: string }[] = await app.dataSource.query(
      `SELECT DISTINCT a.locale, to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month FROM article a JOIN story s ON s.id = a.story_id
        WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND s.deleted_at IS NULL`,
    );
    const expected = ['it', 'en'].flatMap((locale) => [
      ...months.filter((row) => row.locale === locale).map((row) => `${SITE}/sitemaps/${locale}/articles-${row.month}.xml`).sort(),
      `${SITE}/sitemaps/${locale}/sections.xml`,
      `${SITE}/sitemaps/${locale}/authors.xml`,
    ]);
    expect(await indexLocs()).toEqual(expected);
    for (const sitemap of (await xml('/sitemap.xml')).sitemapindex.sitemap.filter((entry: any) => entry.loc.includes('/articles-'))) {
      expect(sitemap.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });

  it('the monthly sitemaps hold every public article once, at its absolute canonical URL, with hreflang alternates of its translations', async () => {
    for (const locale of ['en', 'it']) {
      const articles = await publicArticles(locale);
      const urls = await articleUrls(locale);
      expect(urls.map((url) => url.loc).sort()).toEqual(articles.map((article) => `${SITE}${article.canonicalPath}`).sort());
      for (const url of urls) {
        const article = articles.find((candidate) => `${SITE}${candidate.canonicalPath}` === url.loc)!;
        const versions = [{ locale, canonicalPath: article.canonicalPath }, ...article.translations];
        const italian = versions.find((version) => version.locale === 'it');
        const expected = [
          ...versions.map((version) => ({ hreflang: version.locale, href: `${SITE}${version.canonicalPath}` })).sort((a, b) => a.hreflang.localeCompare(b.hreflang)),
          ...(italian ? [{ hreflang: 'x-default', href: `${SITE}${italian.canonicalPath}` }] : []),
        ];
        const alternates = url['xhtml:link'].map((link: any) => ({ hreflang: link['@hreflang'], href: link['@href'] }));
        expect({ loc: url.loc, alternates }).toEqual({ loc: url.loc, alternates: expected });
      }
    }
  });

  it('every URL in the sitemaps is absolute and public: routeByPath finds it', async () => {
    const locs: string[] = [];
    for (const loc of await indexLocs()) locs.push(...(await xml(loc)).urlset.url.flatMap((url: any) => [url.loc, ...url['xhtml:link'].map((link: any) => link['@href'])]));
    const paths = [...new Set(locs)].map((loc) => {
      expect(loc.startsWith(`${SITE}/`)).toBe(true);
      return new URL(loc).pathname;
    });
    // A few at a time: a few hundred paths, on a machine shared with other test runs.
    for (let start = 0; start < paths.length; start += 8) {
      await Promise.all(
        paths.slice(start, start + 8).map(async (path) => {
          const { data } = await app.graphql<{ routeByPath: { redirect: boolean } | null }>(`query ($path: String!) { routeByPath(path: $path) { redirect } }`, { path });
          expect({ path, route: data!.routeByPath }).toEqual({ path, route: { redirect: false } });
        }),
      );
    }
  }, 60_000);

  it('the section and author sitemaps list every section and author page of the locale', async () => {
    const [{ sections }] = await app.dataSource.query(`SELECT count(*)::int AS sections FROM section`);
    const [{ authors }] = await app.dataSource.query(`SELECT count(*)::int AS authors FROM author`);
    const sectionUrls = (await xml('/sitemaps/en/sections.xml')).urlset.url;
    expect(sectionUrls).toHaveLength(sections);
    expect(sectionUrls.find((url: any) => url.loc === `${SITE}/en/culture`)['xhtml:link'].map((link: any) => [link['@hreflang'], link['@href']])).toEqual([
      ['it', `${SITE}/it/cultura`],
      ['en', `${SITE}/en/culture`],
      ['x-default', `${SITE}/it/cultura`],
    ]);
    const authorUrls = (await xml('/sitemaps/it/authors.xml')).urlset.url.map((url: any) => url.loc);
    expect(authorUrls).toHaveLength(authors);
    expect(authorUrls).toContain(`${SITE}/it/author/simone-de-la-feld`);
  });

  it('answer 404 problem+json for unknown locales, names and empty months', async () => {
    for (const path of ['/sitemaps/xx/sections.xml', '/sitemaps/en/tags.xml', '/sitemaps/en/articles-1999-01.xml', '/sitemaps/en/articles-2024-13.xml']) {
      const response = await get(path);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 404, type: 'application/problem+json; charset=utf-8' });
    }
  });

  it('are cacheable, with 304 for a matching If-None-Match', async () => {
    for (const path of ['/sitemap.xml', '/sitemaps/en/articles-2024-11.xml', '/news-sitemap.xml', '/robots.txt']) {
      const response = await get(path);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const again = await get(path, { 'if-none-match': response.headers.get('etag')! });
      expect({ path, status: again.status }).toEqual({ path, status: 304 });
    }
    const index = await get('/sitemap.xml');
    const newest = Math.max(...parseXml(index.body).sitemapindex.sitemap.filter((entry: any) => entry.lastmod).map((entry: any) => Date.parse(entry.lastmod)));
    expect(index.headers.get('last-modified')).toBe(new Date(newest).toUTCString());
  });

  it('never list a draft, a scheduled or a deleted article', async () => {
    const hidden: { id: string; slug: string }[] = await app.dataSource.query(
      `SELECT id, slug FROM article WHERE locale = 'en' AND status = 'PUBLISHED' AND slug <> $1 ORDER BY published_at DESC LIMIT 3`,
      [BORRELL],
    );
    const [draft, scheduled, deleted] = hidden.map((row) => row.id);
    await app.dataSource.query(`UPDATE article SET status = 'DRAFT' WHERE id = $1`, [draft]);
    await app.dataSource.query(`UPDATE article SET status = 'SCHEDULED', scheduled_at = now() + interval '1 day' WHERE id = $1`, [scheduled]);
    await app.dataSource.query(`UPDATE story SET deleted_at = now() WHERE id = (SELECT story_id FROM article WHERE id = $1)`, [deleted]);
    // Recent too, so the news sitemap would list them if visibility failed.
    await app.dataSource.query(`UPDATE article SET published_at = now() - interval '2 hours' WHERE id = ANY($1)`, [hidden.map((row) => row.id)]);
    const locs = (await articleUrls('en')).map((url) => url.loc as string);
    const news = (await get('/news-sitemap.xml')).body;
    for (const { slug } of hidden) {
      expect({ slug, inSitemaps: locs.some((loc) => loc.endsWith(`/${slug}`)), inNews: news.includes(slug) }).toEqual({ slug, inSitemaps: false, inNews: false });
    }
  });

  it('the news sitemap lists only the public articles of the last 48 hours, with publication, language, date and title', async () => {
    const [recent] = await app.dataSource.query(`SELECT id, slug, title FROM article WHERE slug = $1`, [BORRELL]);
    await app.dataSource.query(`UPDATE article SET published_at = date_trunc('milliseconds', now()) - interval '1 hour' WHERE id = $1`, [recent.id]);
    const [older] = await app.dataSource.query(`SELECT id, slug FROM article WHERE locale = 'it' AND status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1`);
    await app.dataSource.query(`UPDATE article SET published_at = now() - interval '49 hours' WHERE id = $1`, [older.id]);
    const [{ published_at: publishedAt }] = await app.dataSource.query(`SELECT published_at FROM article WHERE id = $1`, [recent.id]);
    const response = await get('/news-sitemap.xml');
    const urls = parseXml(response.body).urlset.url;
    expect(urls).toEqual([
      {
        loc: `${SITE}/en/uncategorized/${BORRELL}`,
        'news:news': {
          'news:publication': { 'news:name': 'Eunews & Co', 'news:language': 'en' },
          'news:publication_date': new Date(publishedAt).toISOString(),
          'news:title': recent.title,
        },
      },
    ]);
    expect(response.body).not.toContain(older.slug);
    expect(response.body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });
});

describe('Article.structuredData', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_SITE_URL: SITE, PUBLISHER_LOGO_URL: `${SITE}/logo.png` } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('is a schema.org NewsArticle for the demo story', async () => {
    const { data, errors } = await app.graphql<{ article: { structuredData: Record<string, any> } }>(
      `{ article(slug: "${BORRELL}", locale: "en") { structuredData } }`,
    );
    expect(errors).toBeUndefined();
    const url = `${SITE}/en/uncategorized/${BORRELL}`;
    expect(data!.article.structuredData).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'EU, South Korea sign defence agreement. Borrell asks Seoul to step up support for Ukraine',
      datePublished: '2024-11-04T10:30:00.000Z',
      author: [{ '@type': 'Person', name: 'Simone De La Feld', url: `${SITE}/en/author/simone-de-la-feld` }],
      publisher: { '@type': 'Organization', name: 'Redazione', logo: { '@type': 'ImageObject', url: `${SITE}/logo.png` } },
      image: { '@type': 'ImageObject', url: 'https://media.redazione.example/2024/11/borrell-seoul-defence-partnership.jpg', width: 1600, height: 900 },
      inLanguage: 'en',
      articleSection: 'Uncategorized',
      isPartOf: { '@type': 'CollectionPage', url: `${SITE}/en/uncategorized` },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    });
    expect(Date.parse(data!.article.structuredData.dateModified)).toBeGreaterThanOrEqual(Date.parse('2024-11-04T10:30:00.000Z'));
  });

  it('costs no extra statements per article in a list', async () => {
    const cost = async (first: number) => {
      const before = app.statements();
      const { errors } = await app.graphql(`{ articles(locale: "en", first: ${first}) { edges { node { structuredData } } } }`);
      expect(errors).toBeUndefined();
      return app.statements() - before;
    };
    expect(await cost(20)).toBe(await cost(2));
  });
});
