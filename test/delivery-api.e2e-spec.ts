import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContentChanges } from '../src/changes/content-changes.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const BORRELL = 'eu-south-korea-sign-defence-agreement';

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Edge<T>[];
}

describe('public delivery API', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await app.graphql<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  /** Walks a connection to its end, checking there is no gap and no repeat. */
  async function everySlug(field: string, args: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    const slugs: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const page: Record<string, Connection<{ slug: string }>> = await data(
        `query ($after: String) { ${field}(${args}, first: 5, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }`,
        { ...variables, after },
      );
      const connection = page[field]!;
      total = connection.totalCount;
      slugs.push(...connection.edges.map((edge) => edge.node.slug));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(slugs).toHaveLength(total);
    expect(new Set(slugs).size).toBe(slugs.length);
    return slugs;
  }

  describe('an article page', () => {
    it('has everything a frontend renders, in one query', async () => {
      const { article } = await data<{ article: Record<string, any> }>(`{
        article(slug: "${BORRELL}", locale: "en") {
          id storyId locale slug title subtitle excerpt body status publishedAt updatedAt readingTimeMinutes version translationCredit canonicalPath
          authors { name slug twitterHandle bio servedLocale isFallback path }
          primarySection { slug name path ancestors { slug } }
          sections { slug }
          tags { name slug path }
          featuredImage { url alt caption credit width height }
          translations { locale slug title canonicalPath }
          related(first: 4) { id slug locale storyId }
        }
      }`);
      expect(article.authors).toEqual([expect.objectContaining({ name: 'Simone De La Feld', slug: 'simone-de-la-feld', servedLocale: 'en', isFallback: false, path: '/en/author/simone-de-la-feld' })]);
      expect(article.primarySection).toEqual({ slug: 'uncategorized', name: 'Uncategorized', path: '/en/uncategorized', ancestors: [] });
      expect(article.sections.map((section: { slug: string }) => section.slug)).toEqual(['uncategorized', 'world-politics']);
      expect(article.tags.map((tag: { name: string }) => tag.name).sort()).toEqual(['josep borrell', 'north korea', 'russia', 'south korea', 'ukraine']);
      expect(article.featuredImage).toEqual(expect.objectContaining({ url: expect.stringMatching(/^https:\/\//), credit: expect.any(String), width: expect.any(Number), height: expect.any(Number), alt: expect.any(String) }));
      expect(article.translations).toEqual([expect.objectContaining({ locale: 'it', canonicalPath: expect.stringMatching(/^\/it\/non-categorizzato\//) })]);
      expect(article.canonicalPath).toBe(`/en/uncategorized/${BORRELL}`);
      expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(1);
      expect(article.related).toHaveLength(4);
      for (const related of article.related) {
        expect(related.locale).toBe('en');
        expect(related.storyId).not.toBe(article.storyId);
      }
    });

    it('ranks related articles by shared tags first', async () => {
      const { article } = await data<{ article: { storyId: string; related: { storyId: string }[] } }>(
        `{ article(slug: "${BORRELL}", locale: "en") { storyId related(first: 10) { storyId } } }`,
      );
      const shared: { story_id: string; shared: number }[] = await app.dataSource.query(
        `SELECT other.story_id, count(*)::int AS shared FROM story_tag mine JOIN story_tag other ON other.tag_id = mine.tag_id AND other.story_id <> mine.story_id
          WHERE mine.story_id = $1 GROUP BY other.story_id`,
        [article.storyId],
      );
      const sharedOf = new Map(shared.map((row) => [row.story_id, row.shared]));
      const counts = article.related.map((related) => sharedOf.get(related.storyId) ?? 0);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(counts[0]).toBeGreaterThan(0);
    });

    it('gives the breadcrumb of a nested section', async () => {
      const [{ slug }] = await app.dataSource.query(`SELECT a.slug FROM article a JOIN story s ON s.id = a.story_id
          JOIN section_translation t ON t.section_id = s.primary_section_id AND t.locale = 'en'
         WHERE a.locale = 'en' AND a.status = 'PUBLISHED' AND t.slug = 'energy' LIMIT 1`);
      const { article } = await data<{ article: { primarySection: { slug: string; ancestors: { slug: string; name: string }[] } } }>(
        `query ($slug: String!) { article(slug: $slug, locale: "en") { primarySection { slug ancestors { slug name } } } }`,
        { slug },
      );
      expect(article.primarySection).toEqual({ slug: 'energy', ancestors: [{ slug: 'other-sections', name: 'Other sections' }] });
    });

    it('finds an article by id, and null for an unknown or malformed one', async () => {
      const [{ id }] = await app.dataSource.query(`SELECT id FROM article WHERE slug = $1`, [BORRELL]);
      expect((await data<{ articleById: { slug: string } }>(`{ articleById(id: "${id}") { slug } }`)).articleById.slug).toBe(BORRELL);
      expect((await data<{ articleById: null }>(`{ articleById(id: "00000000-0000-4000-8000-000000000000") { slug } }`)).articleById).toBeNull();
      const malformed = await app.graphql(`{ articleById(id: "42") { slug } }`);
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('lists and filters', () => {
    it('filters by section, with and without subsections', async () => {
      const withChildren = await everySlug('articles', 'locale: "en", filter: { section: "other-sections" }');
      const own = await everySlug('articles', 'locale: "en", filter: { section: "other-sections", includeSubsections: false }');
      const energy = await everySlug('articles', 'locale: "en", filter: { section: "energy" }');
      expect(energy.length).toBeGreaterThan(0);
      expect(withChildren).toEqual(expect.arrayContaining(energy));
      expect(own.length).toBeLessThan(withChildren.length);
    });

    it('filters by tag, author and publication date, and orders oldest first on request', async () => {
      const tagged = await everySlug('articles', 'locale: "en", filter: { tag: "ukraine" }');
      expect(tagged).toContain(BORRELL);
      const byAuthor = await everySlug('articles', 'locale: "en", filter: { author: "simone-de-la-feld" }');
      expect(byAuthor).toContain(BORRELL);
      const november = await everySlug('articles', 'locale: "en", filter: { publishedAfter: "2024-11-04T00:00:00Z", publishedBefore: "2024-11-05T00:00:00Z" }');
      expect(november).toContain(BORRELL);
      const unknown = await data<{ articles: Connection<unknown> }>(`{ articles(locale: "en", filter: { tag: "no-such-tag" }) { totalCount edges { cursor } } }`);
      expect(unknown.articles).toEqual({ totalCount: 0, edges: [] });
      const newest = await everySlug('articles', 'locale: "it"');
      const oldest = await everySlug('articles', 'locale: "it", orderBy: PUBLISHED_AT_ASC');
      expect(oldest).toEqual([...newest].reverse());
    });

    it('handles pagination edges: last page, and cursors that are not its own', async () => {
      const all = await everySlug('articles', 'locale: "en"');
      const last = await data<{ articles: Connection<{ slug: string }> }>(
        `query ($first: Int) { articles(locale: "en", first: $first) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { slug } } } }`,
        { first: all.length },
      );
      expect(last.articles.pageInfo.hasNextPage).toBe(false);
      expect(last.articles.pageInfo.hasPreviousPage).toBe(false);
      const { tags } = await data<{ tags: Connection<unknown> }>(`{ tags(locale: "en", first: 1) { pageInfo { endCursor } } }`);
      const foreign = await app.graphql(`query ($after: String) { articles(locale: "en", after: $after) { totalCount } }`, { after: tags.pageInfo.endCursor });
      expect(foreign.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('sections, tags and authors', () => {
    it('serves the section tree in menu order with paths, in both languages', async () => {
      const { sections } = await data<{ sections: { slug: string; name: string; position: number; path: string; children: { slug: string; parent: { slug: string } }[] }[] }>(
        `{ sections(locale: "en") { slug name position path children { slug parent { slug } } } }`,
      );
      expect(sections.map((section) => section.position)).toEqual([...sections.map((section) => section.position)].sort((a, b) => a - b));
      const other = sections.find((section) => section.slug === 'other-sections')!;
      expect(other.path).toBe('/en/other-sections');
      expect(other.children.map((child) => child.slug)).toEqual(expect.arrayContaining(['culture', 'energy', 'sports']));
      expect(other.children[0]!.parent.slug).toBe('other-sections');
      const italian = await data<{ section: { name: string; path: string } }>(`{ section(slug: "energia", locale: "it") { name path } }`);
      expect(italian.section).toEqual({ name: 'Energia', path: '/it/energia' });
      expect((await data<{ section: null }>(`{ section(slug: "energia", locale: "en") { name } }`)).section).toBeNull();
    });

    it("lists a section's articles including its subsections", async () => {
      const viaSection = await data<{ section: { articles: Connection<unknown> } }>(`{ section(slug: "other-sections", locale: "en") { articles(first: 1) { totalCount } } }`);
      const viaFilter = await data<{ articles: Connection<unknown> }>(`{ articles(locale: "en", first: 1, filter: { section: "other-sections" }) { totalCount } }`);
      expect(viaSection.section.articles.totalCount).toBe(viaFilter.articles.totalCount);
    });

    it('pages through tags alphabetically, searches them, and lists a tag with its articles', async () => {
      const names: string[] = [];
      let after: string | null = null;
      do {
        const page: { tags: Connection<{ name: string }> } = await data(`query ($after: String) { tags(locale: "en", first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { name } } } }`, { after });
        names.push(...page.tags.edges.map((edge) => edge.node.name));
        after = page.tags.pageInfo.hasNextPage ? page.tags.pageInfo.endCursor : null;
      } while (after);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const found = await data<{ tags: Connection<{ name: string }> }>(`{ tags(locale: "it", search: "COREA") { totalCount edges { node { name } } } }`);
      expect(found.tags.edges.map((edge) => edge.node.name).sort()).toEqual(['corea del nord', 'corea del sud']);
      const tag = await data<{ tag: { name: string; path: string; articles: Connection<{ slug: string }> } }>(
        `{ tag(slug: "corea-del-nord", locale: "it") { name path articles(first: 50) { edges { node { slug } } } } }`,
      );
      expect(tag.tag.path).toBe('/it/tag/corea-del-nord');
      expect(tag.tag.articles.edges.length).toBeGreaterThan(0);
    });

    it('lists authors alphabetically and an author with bio and articles in the requested locale', async () => {
      const { authors } = await data<{ authors: Connection<{ name: string }> }>(`{ authors(first: 100) { totalCount edges { node { name } } } }`);
      expect(authors.totalCount).toBe(authors.edges.length);
      const author = await data<{ author: { bio: string; servedLocale: string; articles: Connection<{ locale: string }> } }>(
        `{ author(slug: "simone-de-la-feld", locale: "en") { bio servedLocale articles(first: 100) { totalCount edges { node { locale } } } } }`,
      );
      expect(author.author.servedLocale).toBe('en');
      expect(author.author.articles.edges.every((edge) => edge.node.locale === 'en')).toBe(true);
      expect((await data<{ author: null }>(`{ author(slug: "nobody") { name } }`)).author).toBeNull();
    });

    it('falls back to the default locale for a missing translation, and says so', async () => {
      await app.dataSource.query(`DELETE FROM tag_translation WHERE locale = 'en' AND slug = 'ukraine'`);
      await app.dataSource.query(`DELETE FROM author_translation WHERE locale = 'en' AND author_id = (SELECT id FROM author WHERE slug = 'simone-de-la-feld')`);
      await app.dataSource.query(`DELETE FROM section_translation WHERE locale = 'en' AND slug = 'world-politics'`);
      // Edited behind the API's back, so announced by hand as the editing services would.
      await app.app.get(ContentChanges).announce([{ type: 'taxonomy.updated', paths: [], surrogateKeys: ['taxonomy'] }]);
      const { article } = await data<{ article: { tags: { name: string; slug: string; servedLocale: string; isFallback: boolean }[]; authors: { bio: string; isFallback: boolean; servedLocale: string }[]; sections: { slug: string; isFallback: boolean }[] } }>(
        `{ article(slug: "${BORRELL}", locale: "en") { tags { name slug servedLocale isFallback } authors { bio servedLocale isFallback } sections { slug isFallback } } }`,
      );
      expect(article.tags).toContainEqual({ name: 'ucraina', slug: 'ucraina', servedLocale: 'it', isFallback: true });
      expect(article.tags.filter((tag) => !tag.isFallback)).toHaveLength(4);
      expect(article.authors[0]).toMatchObject({ servedLocale: 'it', isFallback: true, bio: expect.any(String) });
      expect(article.sections).toContainEqual({ slug: 'politica-internazionale', isFallback: true });
      expect((await data<{ tag: { isFallback: boolean } }>(`{ tag(slug: "ucraina", locale: "en") { isFallback } }`)).tag.isFallback).toBe(true);
    });
  });

  describe('routeByPath', () => {
    const ROUTE = `query ($path: String!) { routeByPath(path: $path) { canonicalPath redirect target { __typename ... on Article { slug locale } ... on Section { slug } ... on Tag { slug } ... on Author { slug } } } }`;
    const route = async (path: string) => (await data<{ routeByPath: { canonicalPath: string; redirect: boolean; target: Record<string, string> } | null }>(ROUTE, { path })).routeByPath;

    it('is the inverse of canonicalPath for every kind of page', async () => {
      const { article } = await data<{ article: { canonicalPath: string } }>(`{ article(slug: "${BORRELL}", locale: "en") { canonicalPath } }`);
      expect(await route(article.canonicalPath)).toEqual({ canonicalPath: article.canonicalPath, redirect: false, target: { __typename: 'Article', slug: BORRELL, locale: 'en' } });
      expect(await route('/it/energia')).toEqual({ canonicalPath: '/it/energia', redirect: false, target: { __typename: 'Section', slug: 'energia' } });
      expect(await route('/en/tag/russia')).toEqual({ canonicalPath: '/en/tag/russia', redirect: false, target: { __typename: 'Tag', slug: 'russia' } });
      expect(await route('/en/author/simone-de-la-feld/')).toEqual({
        canonicalPath: '/en/author/simone-de-la-feld',
        redirect: true,
        target: { __typename: 'Author', slug: 'simone-de-la-feld' },
      });
    });

    it('resolves old slugs and wrong sections with a redirect to the current path', async () => {
      const [{ id }] = await app.dataSource.query(`SELECT id FROM article WHERE slug = $1`, [BORRELL]);
      await app.dataSource.query(`INSERT INTO article_slug_redirect (locale, slug, article_id) VALUES ('en', 'eu-korea-defence-pact', $1)`, [id]);
      expect(await route('/en/world/eu-korea-defence-pact')).toEqual({
        canonicalPath: `/en/uncategorized/${BORRELL}`,
        redirect: true,
        target: { __typename: 'Article', slug: BORRELL, locale: 'en' },
      });
      expect((await route(`/en/energy/${BORRELL}`))?.redirect).toBe(true);
    });

    it('answers null for what does not exist or is not public', async () => {
      for (const path of ['/en/world/no-such-article', '/fr/energie', '/en/tag/nothing', '/', '/en/a/b/c', `/it/mondo/${BORRELL}`]) {
        expect(await route(path)).toBeNull();
      }
      const [draft] = await app.dataSource.query(`SELECT locale, slug FROM article WHERE status = 'DRAFT' LIMIT 1`);
      expect(await route(`/${draft.locale}/news/${draft.slug}`)).toBeNull();
    });
  });

  it('rejects an unknown locale everywhere, naming the supported ones', async () => {
    for (const query of [`{ articles(locale: "de") { totalCount } }`, `{ sections(locale: "de") { slug } }`, `{ tags(locale: "de") { totalCount } }`, `{ tag(slug: "x", locale: "de") { slug } }`]) {
      const { errors } = await app.graphql(query);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain('it, en');
    }
  });
});
