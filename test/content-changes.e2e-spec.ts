import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ArticleScheduler } from '../src/articles/article-scheduler.service.js';
import { Role } from '../src/auth/index.js';
import type { ContentChange } from '../src/changes/content-change.js';
import { ContentChanges } from '../src/changes/content-changes.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs, outcome } from './support/users.js';

type Headers = Record<string, string>;
interface Saved {
  id: string;
  slug: string;
  version: number;
  storyId: string;
}

const FIELDS = 'id slug version storyId';
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!, $expectedVersion: Int!) { updateArticle(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const act = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { ${name === 'deleteArticle' ? '' : FIELDS} } }`.replace('{  }', '');

describe('domain events of public content', () => {
  let app: TestApp;
  let editor: Headers;
  let sectionIds: { energia: string; difesa: string };
  let announced: ContentChange[];

  beforeAll(async () => {
    app = await startTestApp();
    editor = (await actAs(app, Role.EDITOR)).headers;
    const rows: { slug: 'energia' | 'difesa'; section_id: string }[] = await app.dataSource.query(
      `SELECT slug, section_id FROM section_translation WHERE locale = 'it' AND slug IN ('energia', 'difesa')`,
    );
    sectionIds = Object.fromEntries(rows.map((row) => [row.slug, row.section_id])) as typeof sectionIds;
    app.app.get(ContentChanges).onCommitted(async (changes) => void announced.push(...changes));
  });

  beforeEach(() => {
    announced = [];
  });

  afterAll(async () => {
    await app.close();
  });

  async function run<T = Saved>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await app.graphql<Record<string, T>>(query, variables, editor);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0]!;
  }

  const create = () => run(CREATE, { input: { locale: 'it', title: `Un pezzo ${Math.random()}`, body: '<p>Testo.</p>', sectionIds: [sectionIds.energia] } });
  const publish = (id: string) => run(act('publishArticle'), { id });

  it('announces nothing while a version is a draft', async () => {
    const draft = await create();
    await run(UPDATE, { id: draft.id, input: { title: 'Ancora bozza' }, expectedVersion: draft.version });
    expect(announced).toEqual([]);
  });

  it('announces a publication with the article path, the listing pages and the keys of every list of its locale', async () => {
    const draft = await create();
    await publish(draft.id);
    expect(announced).toEqual([
      {
        type: 'article.published',
        article: { id: draft.id, storyId: draft.storyId, locale: 'it', slug: draft.slug, path: expect.stringContaining(draft.slug) },
        paths: expect.arrayContaining(['/it', '/it/energia', expect.stringContaining(draft.slug)]),
        surrogateKeys: [draft.id, draft.storyId, 'articles-it', 'search-it'],
      },
    ]);
  });

  it('announces a text correction of a published version without purging the lists that do not show it', async () => {
    const article = await publish((await create()).id);
    announced = [];
    await run(UPDATE, { id: article.id, input: { title: 'Titolo corretto' }, expectedVersion: article.version });
    expect(announced).toEqual([expect.objectContaining({ type: 'article.updated', surrogateKeys: [article.id, article.storyId, 'search-it'] })]);
  });

  it('purges the lists when a correction moves the story to another section, with the old and the new section pages', async () => {
    const article = await publish((await create()).id);
    announced = [];
    await run(UPDATE, { id: article.id, input: { sectionIds: [sectionIds.difesa] }, expectedVersion: article.version });
    expect(announced).toEqual([expect.objectContaining({ type: 'article.updated', surrogateKeys: [article.id, article.storyId, 'articles-it', 'search-it'] })]);
    expect(announced[0]!.paths).toEqual(expect.arrayContaining(['/it/energia', '/it/difesa']));
  });

  it('announces an unpublication, a delete and a restore, and a failed mutation announces nothing', async () => {
    const article = await publish((await create()).id);
    const stale = await app.graphql(UPDATE, { id: article.id, input: { title: 'Vecchio' }, expectedVersion: article.version + 5 }, editor);
    expect(outcome(stale)).toBe('CONFLICT');
    await run(act('deleteArticle'), { id: article.id });
    await run(act('restoreArticle'), { id: article.id });
    await run(act('unpublishArticle'), { id: article.id });
    expect(announced.map((change) => change.type)).toEqual(['article.published', 'article.deleted', 'article.published', 'article.unpublished']);
    expect(announced[1]!.article!.path).toContain(article.slug);
  });

  it('announces what the scheduler publishes', async () => {
    const draft = await create();
    await run(`mutation ($id: ID!, $at: DateTime!) { scheduleArticle(id: $id, at: $at) { id } }`, { id: draft.id, at: new Date(Date.now() + 3_600_000).toISOString() });
    await app.dataSource.query(`UPDATE article SET scheduled_at = now() - interval '1 second' WHERE id = $1`, [draft.id]);
    await app.app.get(ArticleScheduler).runOnce();
    expect(announced).toEqual([expect.objectContaining({ type: 'article.published', article: expect.objectContaining({ id: draft.id }) })]);
  });

  it('announces a taxonomy change as one purge of everything that shows sections, tags or authors', async () => {
    await run(`mutation ($id: ID!, $locale: String!, $input: SectionTranslationFields!) { updateSectionTranslation(id: $id, locale: $locale, input: $input) { id } }`, {
      id: sectionIds.energia,
      locale: 'it',
      input: { name: 'Energia e clima' },
    });
    expect(announced).toEqual([{ type: 'taxonomy.updated', paths: [], surrogateKeys: ['taxonomy'] }]);
  });
});
