import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContentChanges } from '../src/changes/content-changes.service.js';
import { queryCounterOf } from '../src/database/data-source.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const FULL_PAGE = `query ($first: Int!) {
  articles(locale: "it", first: $first) {
    totalCount
    edges { node {
      id title slug excerpt body publishedAt canonicalPath
      authors { name slug bio }
      primarySection { name slug path ancestors { name slug } }
      sections { name slug ancestors { slug } }
      tags { name slug }
      translations { locale slug title }
      featuredImage { url alt caption credit width height }
    } }
  }
}`;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function sequentialScansOfArticle(node: PlanNode): string[] {
  const own = node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'article' ? ['Seq Scan on article'] : [];
  return [...own, ...(node.Plans ?? []).flatMap(sequentialScansOfArticle)];
}

/** What the API sends to PostgreSQL: a constant number of statements per page, each served by an index. */
describe('query cost', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  async function statementsFor(query: string, variables: Record<string, unknown> = {}) {
    const before = app.statements();
    const response = await app.graphql<{ articles: { edges: unknown[] } }>(query, variables);
    expect(response.errors).toBeUndefined();
    return { count: app.statements() - before, response };
  }

  it('a page of 50 articles with every relation costs no more statements than a page of 5', async () => {
    await statementsFor(FULL_PAGE, { first: 1 }); // the section tree, then shared by later requests
    const five = await statementsFor(FULL_PAGE, { first: 5 });
    const fifty = await statementsFor(FULL_PAGE, { first: 50 });
    expect(five.response.data!.articles.edges).toHaveLength(5);
    expect(fifty.response.data!.articles.edges.length).toBeGreaterThanOrEqual(45);
    expect(fifty.count).toBe(five.count);
    expect(fifty.count).toBeLessThanOrEqual(7);
  });

  it('reads the bodies of a list only when the page shows them, in one statement, and never the plain text', async () => {
    const sent = async (query: string) => {
      const counter = queryCounterOf(app.dataSource);
      const before = counter.count;
      await statementsFor(query, { first: 20 });
      return counter.recent.slice(-(counter.count - before)).map((statement) => statement.query);
    };
    const cards = await sent(`query ($first: Int!) { articles(locale: "it", first: $first) { edges { node { title excerpt } } } }`);
    expect(cards.filter((query) => /\bbody\b/.test(query))).toEqual([]);
    const full = await sent(`query ($first: Int!) { articles(locale: "it", first: $first) { edges { node { title body } } } }`);
    expect(full.filter((query) => /\bbody\b/.test(query))).toEqual([expect.stringMatching(/^SELECT id, body FROM article/)]);
    expect(full.filter((query) => query.includes('body_text'))).toEqual([]);
  });

  it('counts a list only when totalCount is selected, and once until a change in its locale', async () => {
    const announce = (locale: string) => app.app.get(ContentChanges).announce([{ type: 'article.published', paths: [], surrogateKeys: [`articles-${locale}`] }]);
    const uncounted = await statementsFor(FULL_PAGE.replace('totalCount', ''), { first: 5 });
    await announce('it');
    expect((await statementsFor(FULL_PAGE, { first: 5 })).count).toBe(uncounted.count + 1);
    expect((await statementsFor(FULL_PAGE, { first: 5 })).count).toBe(uncounted.count);
    await announce('en');
    expect((await statementsFor(FULL_PAGE, { first: 5 })).count).toBe(uncounted.count);
    await announce('it');
    expect((await statementsFor(FULL_PAGE, { first: 5 })).count).toBe(uncounted.count + 1);
  });

  it('related articles for every article of a page cost a constant number of statements', async () => {
    const related = `query ($first: Int!) { articles(locale: "en", first: $first) { edges { node { related(first: 4) { slug authors { name } } } } } }`;
    const five = await statementsFor(related, { first: 5 });
    const forty = await statementsFor(related, { first: 40 });
    expect(forty.count).toBe(five.count);
  });

  it('serves every list from an index, never a sequential scan of the article table', async () => {
    const queries = [
      FULL_PAGE.replace('$first: Int!', '$first: Int! = 20'),
      `{ articles(locale: "en", first: 20, filter: { section: "other-sections" }) { edges { node { slug } } } }`,
      `{ articles(locale: "en", first: 20, filter: { tag: "ukraine" }) { edges { node { slug } } } }`,
      `{ articles(locale: "en", first: 20, filter: { author: "simone-de-la-feld" }) { edges { node { slug } } } }`,
      `{ article(slug: "eu-south-korea-sign-defence-agreement", locale: "en") { slug related(first: 4) { slug } translations { slug } } }`,
    ];
    const counter = queryCounterOf(app.dataSource);
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // The demo data is small enough for PostgreSQL to prefer scans; forbidding them shows whether an index path exists.
      await runner.query('SET enable_seqscan = off');
      const explain = async (sql: string, parameters: unknown[] = []) => {
        const [{ 'QUERY PLAN': plan }] = await runner.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
        return sequentialScansOfArticle(plan[0].Plan);
      };
      expect(await explain(`SELECT id FROM article WHERE title = 'no index on title'`)).toEqual(['Seq Scan on article']);
      for (const query of queries) {
        const before = counter.count;
        await app.graphql(query);
        const sent = counter.recent.slice(-(counter.count - before));
        for (const { query: sql, parameters } of sent.filter((statement) => /\barticle\b/.test(statement.query))) {
          expect({ sql, scans: await explain(sql, parameters as unknown[]) }).toEqual({ sql, scans: [] });
        }
      }
    } finally {
      await runner.release();
    }
  });
});
