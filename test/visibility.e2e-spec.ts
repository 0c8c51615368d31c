import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Hidden {
  id: string;
  slug: string;
  storyId: string;
  why: string;
}

const NODE = 'id slug translations { id } related(first: 20) { id }';

/**
 * Hides five published English versions that share a tag, each in another way (draft, scheduled,
 * unpublished, deleted story, publish time not yet come), then walks every public read path and
 * proves none of them leaks.
 */
describe('visibility: anonymous readers see only what is published', () => {
  let app: TestApp;
  let hidden: Hidden[];
  let tagSlug: string;

  beforeAll(async () => {
    app = await startTestApp();
    const [{ tag_id: tagId, slug }] = await app.dataSource.query(`SELECT st.tag_id, t.slug FROM story_tag st
        JOIN article a ON a.story_id = st.story_id AND a.locale = 'en' AND a.status = 'PUBLISHED'
        JOIN tag_translation t ON t.tag_id = st.tag_id AND t.locale = 'en'
       GROUP BY st.tag_id, t.slug ORDER BY count(*) DESC LIMIT 1`);
    tagSlug = slug;
    const rows: { id: string; slug: string; story_id: string }[] = await app.dataSource.query(
      `SELECT a.id, a.slug, a.story_id FROM article a JOIN story_tag st ON st.story_id = a.story_id AND st.tag_id = $1
        WHERE a.locale = 'en' AND a.status = 'PUBLISHED' ORDER BY a.published_at DESC LIMIT 5`,
      [tagId],
    );
    expect(rows).toHaveLength(5);
    const hide = [
      [`UPDATE article SET status = 'DRAFT' WHERE id = $1`, 'draft'],
      [`UPDATE article SET status = 'SCHEDULED', scheduled_at = now() + interval '1 day' WHERE id = $1`, 'scheduled'],
      [`UPDATE article SET status = 'UNPUBLISHED' WHERE id = $1`, 'unpublished'],
      [`UPDATE story SET deleted_at = now() WHERE id = (SELECT story_id FROM article WHERE id = $1)`, 'deleted'],
      [`UPDATE article SET published_at = now() + interval '1 hour' WHERE id = $1`, 'publish time not come'],
    ] as const;
    hidden = [];
    for (const [index, [sql, why]] of hide.entries()) {
      const row = rows[index]!;
      await app.dataSource.query(sql, [row.id]);
      hidden.push({ id: row.id, slug: row.slug, storyId: row.story_id, why });
    }
  });

  afterAll(async () => {
    await app.close();
  });

  function expectNoneHidden(ids: string[], path: string) {
    for (const secret of hidden) expect({ path, leaked: ids.includes(secret.id) ? secret.why : null }).toEqual({ path, leaked: null });
  }

  async function walk(field: string, args: string): Promise<{ ids: string[]; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const response: { data: Record<string, any> | null; errors?: unknown } = await app.graphql<Record<string, any>>(
        `query ($after: String) { ${field.replace('$ARGS', `${args ? `${args}, ` : ''}first: 50, after: $after`)} }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      let connection: any = response.data!;
      while (connection && !('edges' in connection)) connection = Object.values(connection)[0];
      total = connection.totalCount;
      for (const { node } of connection.edges) ids.push(node.id, ...node.translations.map((t: { id: string }) => t.id), ...node.related.map((r: { id: string }) => r.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return { ids, total };
  }

  const LIST = `totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } }`;

  it('lists: articles with every filter, and every nested list', async () => {
    const paths: [string, string][] = [
      [`articles($ARGS) { ${LIST} }`, 'locale: "en"'],
      [`articles($ARGS) { ${LIST} }`, `locale: "en", filter: { tag: "${tagSlug}" }`],
      [`articles($ARGS) { ${LIST} }`, 'locale: "en", orderBy: PUBLISHED_AT_ASC'],
      [`tag(slug: "${tagSlug}", locale: "en") { articles($ARGS) { ${LIST} } }`, ''],
    ];
    const sections: { slug: string }[] = await app.dataSource.query(`SELECT DISTINCT t.slug FROM story_section ss JOIN section_translation t ON t.section_id = ss.section_id AND t.locale = 'en' WHERE ss.story_id = ANY($1)`, [hidden.map((h) => h.storyId)]);
    for (const { slug } of sections) {
      paths.push([`articles($ARGS) { ${LIST} }`, `locale: "en", filter: { section: "${slug}" }`]);
      paths.push([`section(slug: "${slug}", locale: "en") { articles($ARGS) { ${LIST} } }`, '']);
    }
    const authors: { slug: string }[] = await app.dataSource.query(`SELECT DISTINCT au.slug FROM story_author sa JOIN author au ON au.id = sa.author_id WHERE sa.story_id = ANY($1)`, [hidden.map((h) => h.storyId)]);
    for (const { slug } of authors) {
      paths.push([`articles($ARGS) { ${LIST} }`, `locale: "en", filter: { author: "${slug}" }`]);
      paths.push([`author(slug: "${slug}", locale: "en") { articles($ARGS) { ${LIST} } }`, '']);
    }
    for (const [field, args] of paths) {
      const { ids, total } = await walk(field, args);
      expectNoneHidden(ids, `${field} ${args}`);
      expect(total).toBeLessThanOrEqual(ids.length);
    }
  });

  it('counts: totalCount counts only public versions', async () => {
    const [{ visible }] = await app.dataSource.query(`SELECT count(*)::int AS visible FROM article a JOIN story s ON s.id = a.story_id
      WHERE a.locale = 'en' AND a.status = 'PUBLISHED' AND a.published_at <= now() AND s.deleted_at IS NULL`);
    const { data } = await app.graphql<{ articles: { totalCount: number } }>(`{ articles(locale: "en") { totalCount } }`);
    expect(data!.articles.totalCount).toBe(visible);
  });

  it('lookups: by slug, by id and by path give null', async () => {
    for (const secret of hidden) {
      const { data } = await app.graphql<Record<string, unknown>>(
        `query ($slug: String!, $id: ID!, $path: String!) { article(slug: $slug, locale: "en") { id } articleById(id: $id) { id } routeByPath(path: $path) { canonicalPath } }`,
        { slug: secret.slug, id: secret.id, path: `/en/news/${secret.slug}` },
      );
      expect({ why: secret.why, ...data }).toEqual({ why: secret.why, article: null, articleById: null, routeByPath: null });
    }
  });

  it('search: the title of each hidden version finds other articles, never it', async () => {
    for (const secret of hidden) {
      const [{ title }] = await app.dataSource.query(`SELECT title FROM article WHERE id = $1`, [secret.id]);
      const { data, errors } = await app.graphql<{ search: { edges: { node: { article: { id: string; translations: { id: string }[]; related: { id: string }[] } } }[] } }>(
        `query ($q: String!) { search(query: $q, locale: "en", first: 50) { edges { node { article { ${NODE} } } } } }`,
        { q: title },
      );
      expect(errors).toBeUndefined();
      const ids = data!.search.edges.flatMap(({ node: { article } }) => [article.id, ...article.translations.map((t) => t.id), ...article.related.map((r) => r.id)]);
      expectNoneHidden(ids, `search for "${title}"`);
    }
  });

  it('relations: translations of the Italian siblings, and related articles of every public article', async () => {
    const siblings: { slug: string }[] = await app.dataSource.query(`SELECT slug FROM article WHERE locale = 'it' AND status = 'PUBLISHED' AND story_id = ANY($1)`, [hidden.map((h) => h.storyId)]);
    for (const { slug } of siblings) {
      const { data } = await app.graphql<{ article: { translations: { id: string }[] } | null }>(`query ($slug: String!) { article(slug: $slug, locale: "it") { translations { id } } }`, { slug });
      expectNoneHidden(data!.article?.translations.map((t) => t.id) ?? [], `translations of ${slug}`);
    }
  });
});
