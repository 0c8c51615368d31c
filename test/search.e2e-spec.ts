import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { queryCounterOf } from '../src/database/data-source.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

interface Hit {
  headline: string;
  rank: number;
  article: { id: string; slug: string; locale: string; title: string; status: string };
}

interface SearchPage {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
  };
}

const SEARCH = `query ($query: String!, $locale: String!, $first: Int, $after: String) {
  search(query: $query, locale: $locale, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { headline rank article { id slug locale title status } } }
  }
}`;

const KOREA_IT = 'ue-corea-del-sud-accordo-difesa-borrell-seul-ucraina';
const KOREA_EN = 'eu-south-korea-sign-defence-agreement';

function search(app: TestApp, query: string, locale: string, paging: { first?: number; after?: string | null } = {}): Promise<GraphQLResponse<SearchPage>> {
  return app.graphql<SearchPage>(SEARCH, { query, locale, ...paging });
}

/** Every hit of a search, in one request (the demo content has far fewer than 100 per query). */
async function hitsOf(app: TestApp, query: string, locale: string): Promise<Hit[]> {
  const { data, errors } = await search(app, query, locale, { first: 100 });
  expect(errors).toBeUndefined();
  expect(data!.search.pageInfo.hasNextPage).toBe(false);
  return data!.search.edges.map((edge) => edge.node);
}

function slugsOf(hits: Hit[]): string[] {
  return hits.map((hit) => hit.article.slug);
}

describe('search', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds other forms of Italian words (Italian stemming): "truppa nordcoreana" finds "truppe nordcoreane"', async () => {
    const hits = await hitsOf(app, 'truppa nordcoreana', 'it');
    expect(slugsOf(hits)).toContain(KOREA_IT);
    expect(hits.every((hit) => hit.article.locale === 'it')).toBe(true);
  });

  it('finds other forms of English words (English stemming), in English versions only', async () => {
    const hits = await hitsOf(app, 'signing agreements', 'en');
    expect(slugsOf(hits)).toContain(KOREA_EN);
    expect(slugsOf(await hitsOf(app, 'North Korean troop', 'en'))).toContain(KOREA_EN);
    expect(hits.every((hit) => hit.article.locale === 'en')).toBe(true);
    expect(slugsOf(await hitsOf(app, 'truppe nordcoreane', 'en'))).toEqual([]);
  });

  it('ranks title matches above body-only matches, then by relevance', async () => {
    for (const [query, config] of [
      ['billion-euro', 'english'],
      ['Ukraine', 'english'],
      ['Europa', 'italian'],
    ] as const) {
      const hits = await hitsOf(app, query, config === 'english' ? 'en' : 'it');
      const inTitle = await titleMatches(app, hits, query, config);
      const flags = hits.map((hit) => inTitle.has(hit.article.id));
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(flags).toContain(true);
      expect(flags).toContain(false);
      for (const group of [true, false]) {
        const ranks = hits.filter((hit) => inTitle.has(hit.article.id) === group).map((hit) => hit.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }
    }
    // Not just relevance: in the demo content a body-only hit for "billion-euro" outranks the title hit.
    const [first, ...rest] = await hitsOf(app, 'billion-euro', 'en');
    expect(Math.max(...rest.map((hit) => hit.rank))).toBeGreaterThan(first!.rank);
  });

  it('pages through every hit with no gap or repeat, in the order of a single page', async () => {
    const all = slugsOf(await hitsOf(app, 'government', 'en'));
    expect(all.length).toBeGreaterThan(8);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<SearchPage> = await search(app, 'government', 'en', { first: 4, after });
      expect(page.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = page.data!.search;
      expect(totalCount).toBe(all.length);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...slugsOf(edges.map((edge) => edge.node)));
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('rejects a malformed cursor, or one from another list, with BAD_USER_INPUT on after', async () => {
    const articles = await app.graphql<{ articles: { pageInfo: { endCursor: string } } }>(`{ articles(locale: "en", first: 1) { pageInfo { endCursor } } }`);
    for (const after of ['not-a-cursor', articles.data!.articles.pageInfo.endCursor, Buffer.from('[1,0.5,"1e9","x"]').toString('base64url')]) {
      const { errors } = await search(app, 'government', 'en', { after });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors?.[0]?.extensions?.fields)).toContain('after');
    }
  });

  it.each(['"unclosed', '-', 'OR OR', '<script>', 'a & b | !c', "l'Ue", '!!!', '(((', 'truppe -', '-truppe', ':* \\ \' ;'])(
    'never fails on awkward syntax: %s',
    async (query) => {
      for (const locale of ['it', 'en']) {
        const { data, errors } = await search(app, query, locale, { first: 100 });
        expect(errors).toBeUndefined();
        expect(data!.search.totalCount).toBe(data!.search.edges.length);
      }
    },
  );

  it('returns an empty page for a query with nothing to look for (stop words, punctuation, only exclusions)', async () => {
    for (const [query, locale] of [['il la di', 'it'], ['the of and', 'en'], ['?!...', 'en'], ['-government', 'en']]) {
      const { data, errors } = await search(app, query!, locale!);
      expect(errors).toBeUndefined();
      expect(data!.search).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
    }
  });

  it('highlights the matched words of the body with <mark>', async () => {
    const [hit] = (await hitsOf(app, 'truppe nordcoreane', 'it')).filter((candidate) => candidate.article.slug === KOREA_IT);
    expect(hit!.headline).toContain('<mark>truppe</mark> <mark>nordcoreane</mark>');
    expect(hit!.headline.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('escapes the text of the snippet, so <mark> is its only markup', async () => {
    const where = `WHERE locale = 'en' AND slug = '${KOREA_EN}'`;
    const [{ body_text: original }] = await app.dataSource.query(`SELECT body_text FROM article ${where}`);
    await app.dataSource.query(`UPDATE article SET body_text = $1 ${where}`, ['Sample: <script>alert(1)</script> & <b>zanzibarite</b> a < b > c']);
    try {
      const [hit] = await hitsOf(app, 'zanzibarite', 'en');
      expect(hit!.headline).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;<mark>zanzibarite</mark>');
      expect(hit!.headline.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    } finally {
      await app.dataSource.query(`UPDATE article SET body_text = $1 ${where}`, [original]);
    }
  });

  it('trims the query before checking its length', async () => {
    const { data, errors } = await search(app, `${' '.repeat(300)}government\t\n `, 'en');
    expect(errors).toBeUndefined();
    expect(data!.search.totalCount).toBe((await hitsOf(app, 'government', 'en')).length);
  });

  it('rejects an unknown locale, and an empty or over-long query, with BAD_USER_INPUT', async () => {
    const locale = await search(app, 'government', 'fr');
    expect(locale.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(locale.errors?.[0]?.message).toContain('it, en');
    for (const query of ['   ', 'x'.repeat(201)]) {
      const { errors } = await search(app, query, 'en');
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors?.[0]?.extensions?.fields)).toContain('query');
    }
    const tooBig = await search(app, 'government', 'en', { first: 101 });
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never finds drafts, versions in review or scheduled ones', async () => {
    const hidden: { id: string; locale: string; title: string }[] = await app.dataSource.query(`SELECT id, locale, title FROM article WHERE status <> 'PUBLISHED'`);
    expect(hidden.length).toBeGreaterThan(0);
    for (const version of hidden) {
      const ids = (await hitsOf(app, version.title.slice(0, 200), version.locale)).map((hit) => hit.article.id);
      expect(ids).not.toContain(version.id);
    }
  });

  it('never finds the versions of a deleted story', async () => {
    expect(slugsOf(await hitsOf(app, 'truppe nordcoreane', 'it'))).toContain(KOREA_IT);
    await app.dataSource.query(`UPDATE story SET deleted_at = now() WHERE id = (SELECT story_id FROM article WHERE locale = 'it' AND slug = $1)`, [KOREA_IT]);
    try {
      expect(slugsOf(await hitsOf(app, 'truppe nordcoreane', 'it'))).not.toContain(KOREA_IT);
      expect(slugsOf(await hitsOf(app, 'North Korean troops', 'en'))).not.toContain(KOREA_EN);
    } finally {
      await app.dataSource.query(`UPDATE story SET deleted_at = NULL WHERE id = (SELECT story_id FROM article WHERE locale = 'it' AND slug = $1)`, [KOREA_IT]);
    }
  });
});

/** The test's own oracle of "the title matches", straight from PostgreSQL. */
async function titleMatches(app: TestApp, hits: Hit[], query: string, config: string): Promise<Set<string>> {
  const rows: { id: string }[] = await app.dataSource.query(
    `SELECT id FROM article WHERE id = ANY($1::uuid[]) AND to_tsvector($2::regconfig, title) @@ websearch_to_tsquery($2::regconfig, $3)`,
    [hits.map((hit) => hit.article.id), config, query],
  );
  return new Set(rows.map((row) => row.id));
}

describe('search at scale', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // Enough public versions that scanning them all costs more than the index: the planner's real choice.
    await app.dataSource.query(`WITH story AS (INSERT INTO story (source_locale) SELECT 'en' FROM generate_series(1, 5000) RETURNING id)
      INSERT INTO article (story_id, locale, slug, title, body_text, status, published_at)
      SELECT id, 'en', 'filler-' || id, 'Filler ' || md5(id::text), 'Lorem ipsum ' || md5(id::text) || ' dolor sit amet', 'PUBLISHED', now() - interval '1 day' FROM story`);
    await app.dataSource.query('VACUUM ANALYZE story, article');
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads the matches through the GIN index (idx_article_search)', async () => {
    const counter = queryCounterOf(app.dataSource);
    const before = counter.count;
    const { data } = await search(app, 'government', 'en', { first: 3 });
    expect(data!.search.edges).toHaveLength(3);
    const pageStatements = counter.recent.slice(-(counter.count - before)).filter(({ query }) => query.includes('ts_headline'));
    expect(pageStatements).toHaveLength(1);
    const [{ query: sql, parameters }] = pageStatements as [{ query: string; parameters: unknown[] }];
    const [{ 'QUERY PLAN': plan }] = await app.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
    expect(JSON.stringify(plan)).toContain('"Index Name":"idx_article_search"');
  });
});

describe('search over a large archive', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { SEARCH_MAX_MATCHES: '3' } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('ranks only the newest SEARCH_MAX_MATCHES matches, and counts at most that many', async () => {
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM article a JOIN story s ON s.id = a.story_id
        WHERE a.locale = 'it' AND a.status = 'PUBLISHED' AND a.published_at <= now() AND s.deleted_at IS NULL
          AND a.search_vector @@ websearch_to_tsquery(redazione_search_config('it'), 'europa')`,
    );
    expect(count).toBeGreaterThan(3);
    const newest: { id: string }[] = await app.dataSource.query(
      `SELECT a.id FROM article a JOIN story s ON s.id = a.story_id
        WHERE a.locale = 'it' AND a.status = 'PUBLISHED' AND a.published_at <= now() AND s.deleted_at IS NULL
          AND a.search_vector @@ websearch_to_tsquery(redazione_search_config('it'), 'europa')
        ORDER BY a.published_at DESC, a.id DESC LIMIT 3`,
    );
    const { data, errors } = await search(app, 'europa', 'it', { first: 10 });
    expect(errors).toBeUndefined();
    expect(data!.search.totalCount).toBe(3);
    expect(data!.search.edges.map((edge) => edge.node.article.id).sort()).toEqual(newest.map((row) => row.id).sort());
  });
});
