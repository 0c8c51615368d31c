import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { rawGet } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BORRELL = 'eu-south-korea-sign-defence-agreement';

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

describe('REST read API', () => {
  let app: TestApp;
  let openApi: OpenApi;
  let ajv: Ajv;

  beforeAll(async () => {
    app = await startTestApp();
    openApi = (await (await fetch(`${app.url}/api/docs/openapi.json`)).json()) as OpenApi;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ components: openApi.components }, 'openapi');
  });

  afterAll(async () => {
    await app.close();
  });

  /** GETs a path and checks the body against the OpenAPI response schema of its route. */
  async function get(path: string, route: string, status = 200): Promise<{ response: Response; body: any }> {
    const response = await fetch(`${app.url}${path}`);
    expect(response.status).toBe(status);
    const body = await response.json();
    const content = openApi.paths[route]!.get!.responses[String(status)]!.content!;
    const [mediaType] = Object.keys(content);
    const schema = JSON.parse(JSON.stringify(content[mediaType!]!.schema).replaceAll('"#/components/', '"openapi#/components/'));
    const valid = ajv.validate(schema, body);
    expect({ path, errors: valid ? null : ajv.errors }).toEqual({ path, errors: null });
    return { response, body };
  }

  it('publishes an OpenAPI 3.1 document with every endpoint, and a browsable page', async () => {
    expect(openApi.openapi).toBe('3.1.0');
    expect(Object.keys(openApi.paths).sort()).toEqual(
      ['/api/articles', '/api/articles/{locale}/{slug}', '/api/authors', '/api/authors/{slug}', '/api/search', '/api/sections', '/api/sections/{locale}/{slug}', '/api/tags', '/api/tags/{locale}/{slug}'].sort(),
    );
    for (const schema of Object.values(openApi.components.schemas)) expect(ajv.validateSchema(schema as object)).toBe(true);
    const page = await fetch(`${app.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });

  it('serves an article as GraphQL does, field for field', async () => {
    const { body } = await get(`/api/articles/en/${BORRELL}`, '/api/articles/{locale}/{slug}');
    const { data } = await app.graphql<{ article: Record<string, unknown> }>(`{ article(slug: "${BORRELL}", locale: "en") {
      id storyId locale slug title subtitle excerpt body publishedAt updatedAt readingTimeMinutes canonicalPath translationCredit version
      featuredImage { url alt caption credit width height }
      authors { id locale name slug twitterHandle avatarUrl bio path servedLocale isFallback }
      tags { id locale name slug path servedLocale isFallback }
      translations { id locale slug title canonicalPath }
      primarySection { id name slug path servedLocale isFallback }
    } }`);
    const graphql = data!.article;
    const { primarySection, ...rest } = graphql;
    expect(body).toMatchObject(rest);
    expect(body.primarySection).toMatchObject(primarySection as object);
    expect(body.sections.map((section: { slug: string }) => section.slug)).toEqual(['uncategorized', 'world-politics']);
  });

  it('pages through articles with a next cursor and a Link header, with filters', async () => {
    const slugs: string[] = [];
    let path: string | null = '/api/articles?locale=en&limit=7&tag=ukraine';
    let total = 0;
    while (path) {
      const { response, body } = await get(path, '/api/articles');
      total = body.totalCount;
      slugs.push(...body.items.map((item: { slug: string }) => item.slug));
      const link = response.headers.get('link');
      expect(Boolean(link)).toBe(body.nextCursor !== null);
      path = link ? /<([^>]+)>; rel="next"/.exec(link)![1]! : null;
    }
    expect(slugs).toContain(BORRELL);
    expect(new Set(slugs).size).toBe(total);
  });

  it('serves sections as a tree, one section, tags, authors and search', async () => {
    const { body: tree } = await get('/api/sections?locale=en', '/api/sections');
    expect(tree.find((section: { slug: string }) => section.slug === 'other-sections').children.map((child: { slug: string }) => child.slug)).toContain('energy');
    const { body: energy } = await get('/api/sections/it/energia', '/api/sections/{locale}/{slug}');
    expect(energy.ancestors.map((ancestor: { slug: string }) => ancestor.slug)).toEqual(['altre-sezioni']);
    const { body: tags } = await get('/api/tags?locale=it&search=corea', '/api/tags');
    expect(tags.items.map((tag: { name: string }) => tag.name).sort()).toEqual(['corea del nord', 'corea del sud']);
    await get('/api/tags/en/ukraine', '/api/tags/{locale}/{slug}');
    const { body: authors } = await get('/api/authors?limit=100', '/api/authors');
    expect(authors.totalCount).toBe(authors.items.length);
    const { body: author } = await get('/api/authors/simone-de-la-feld?locale=en', '/api/authors/{slug}');
    expect(author.path).toBe('/en/author/simone-de-la-feld');
    const { body: hits } = await get(`/api/search?q=${encodeURIComponent('truppa nordcoreana')}&locale=it`, '/api/search');
    expect(hits.items.length).toBeGreaterThan(0);
    expect(hits.items[0].headline).toContain('<mark>');
  });

  it('answers errors as problem+json with the GraphQL codes', async () => {
    const notFound = await get(`/api/articles/it/${BORRELL}`, '/api/articles/{locale}/{slug}', 404);
    expect(notFound.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(notFound.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const [draft] = await app.dataSource.query(`SELECT locale, slug FROM article WHERE status = 'DRAFT' LIMIT 1`);
    expect((await fetch(`${app.url}/api/articles/${draft.locale}/${draft.slug}`)).status).toBe(404);
    for (const path of ['/api/articles?locale=en&limit=101', '/api/articles?locale=xx', '/api/articles?locale=en&cursor=nonsense', '/api/tags']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
    }
  });

  it('answers a conditional request with 304 when nothing changed', async () => {
    const url = `${app.url}/api/articles/en/${BORRELL}`;
    const first = await rawGet(url);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=30');
    expect((await rawGet(url, { Authorization: 'Bearer x' })).headers['cache-control']).toBe('private, no-store');
    expect((await rawGet(url, { 'If-None-Match': etag })).status).toBe(304);
    const lastModified = first.headers['last-modified'] as string;
    expect(Date.parse(lastModified)).toBeGreaterThan(0);
    expect((await rawGet(url, { 'If-Modified-Since': lastModified })).status).toBe(304);
    const body = JSON.parse(first.body);
    // The keys a change announces: the version and its story, the other versions shown, and the taxonomy (its authors, sections, tags).
    const keys = (first.headers['surrogate-key'] as string).split(' ');
    expect(keys).toEqual(expect.arrayContaining([body.id, body.storyId, body.translations[0].id, 'taxonomy']));
    expect(keys).not.toContain('articles-en');
    expect(body.structuredData).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en' });
    await app.dataSource.query(`UPDATE article SET title = title || '!' WHERE slug = $1`, [BORRELL]);
    expect((await rawGet(url, { 'If-None-Match': etag })).status).toBe(200);
  });
});
