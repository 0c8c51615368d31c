import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

interface ArticlesPage {
  articles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { slug: string; publishedAt: string; status: string } }[];
  };
}

const LIST = `query ($locale: String!, $first: Int, $after: String) {
  articles(locale: $locale, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { slug publishedAt status } }
  }
}`;

describe('articles (wiring)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds a published article by slug and locale', async () => {
    const { data, errors } = await app.graphql<{ article: Record<string, unknown> }>(
      `{ article(slug: "eu-south-korea-sign-defence-agreement", locale: "en") { id storyId locale slug title status publishedAt translationCredit readingTimeMinutes version } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.article).toMatchObject({
      locale: 'en',
      title: 'EU, South Korea sign defence agreement. Borrell asks Seoul to step up support for Ukraine',
      status: 'PUBLISHED',
      publishedAt: '2024-11-04T10:30:00.000Z',
      translationCredit: expect.stringMatching(/^English version by/),
      version: 1,
    });
  });

  it('returns null for an unknown slug, and for the slug of another locale', async () => {
    const { data } = await app.graphql(`{ a: article(slug: "no-such-thing", locale: "en") { id } b: article(slug: "eu-south-korea-sign-defence-agreement", locale: "it") { id } }`);
    expect(data).toEqual({ a: null, b: null });
  });

  it('rejects an unknown locale naming the supported ones', async () => {
    const { errors } = await app.graphql(`{ article(slug: "x", locale: "fr") { id } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('it, en');
  });

  it('pages through every published article of a locale, newest first, with no gap or repeat', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    let previous = Infinity;
    do {
      const page: { data: ArticlesPage | null } = await app.graphql<ArticlesPage>(LIST, { locale: 'it', first: 7, after });
      const articles = page.data!.articles;
      total = articles.totalCount;
      for (const edge of articles.edges) {
        expect(edge.node.status).toBe('PUBLISHED');
        const time = Date.parse(edge.node.publishedAt);
        expect(time).toBeLessThanOrEqual(previous);
        previous = time;
        seen.push(edge.node.slug);
      }
      after = articles.pageInfo.hasNextPage ? articles.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(30);
  });

  it('rejects a page size over 100 and a malformed cursor', async () => {
    const tooBig = await app.graphql(LIST, { locale: 'it', first: 101 });
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(tooBig.errors?.[0]?.extensions?.fields)).toContain('first');
    const malformed = await app.graphql(LIST, { locale: 'it', after: 'not-a-cursor' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never lists drafts or scheduled versions', async () => {
    const drafts: { slug: string; locale: string }[] = await app.dataSource.query(`SELECT slug, locale FROM article WHERE status <> 'PUBLISHED'`);
    expect(drafts.length).toBeGreaterThan(0);
    for (const { slug, locale } of drafts) {
      const { data } = await app.graphql<{ article: unknown }>(`query ($slug: String!, $locale: String!) { article(slug: $slug, locale: $locale) { id } }`, { slug, locale });
      expect(data?.article).toBeNull();
    }
  });
});
