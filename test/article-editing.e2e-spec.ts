import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ArticleScheduler } from '../src/articles/article-scheduler.service.js';
import { Action, PERMISSIONS, Role } from '../src/auth/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs, outcome } from './support/users.js';

type Headers = Record<string, string>;
interface Saved {
  id: string;
  slug: string;
  status: string;
  version: number;
  publishedAt: string | null;
  excerpt: string | null;
  body: string;
}

const FIELDS = 'id slug status version publishedAt excerpt body';
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!, $expectedVersion: Int!) { updateArticle(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const transition = (name: string, extra = '') => `mutation ($id: ID!${extra ? ', $at: DateTime!' : ''}) { ${name}(id: $id${extra}) { ${FIELDS} } }`;
const PUBLIC_READ = `query ($slug: String!, $locale: String!, $previewToken: String) { article(slug: $slug, locale: $locale, previewToken: $previewToken) { id title status } }`;

describe('editorial API: articles', () => {
  let app: TestApp;
  let editor: Headers;
  let author: Headers;
  let otherAuthor: Headers;
  let translator: Headers;
  let authorId: string;
  let sectionId: string;
  let tagId: string;

  beforeAll(async () => {
    app = await startTestApp();
    editor = (await actAs(app, Role.EDITOR)).headers;
    author = (await actAs(app, Role.AUTHOR)).headers;
    otherAuthor = (await actAs(app, Role.AUTHOR)).headers;
    translator = (await actAs(app, Role.TRANSLATOR)).headers;
    [{ id: authorId }] = await app.dataSource.query(`SELECT id FROM author WHERE slug = 'simone-de-la-feld'`);
    [{ section_id: sectionId }] = await app.dataSource.query(`SELECT section_id FROM section_translation WHERE locale = 'it' AND slug = 'energia'`);
    [{ tag_id: tagId }] = await app.dataSource.query(`SELECT tag_id FROM tag_translation WHERE locale = 'it' AND slug = 'ucraina'`);
  });

  afterAll(async () => {
    await app.close();
  });

  async function create(headers: Headers, input: Record<string, unknown> = {}): Promise<Saved> {
    const response = await app.graphql<{ createArticle: Saved }>(
      CREATE,
      { input: { locale: 'it', title: 'Libertà è Perù: il prezzo dell’energia', body: '<p>Il Consiglio ha deciso.</p>', authorIds: [authorId], sectionIds: [sectionId], tagIds: [tagId], ...input } },
      headers,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.createArticle;
  }

  const run = <T = Record<string, Saved>>(query: string, variables: Record<string, unknown>, headers: Headers = {}) => app.graphql<T>(query, variables, headers);
  const schedulerRun = () => app.app.get(ArticleScheduler).runOnce();

  it('creates a draft with a generated slug, a derived excerpt and a first revision, invisible to the public', async () => {
    const draft = await create(author, { body: '<p>Prima frase del pezzo, abbastanza lunga.</p><p>Seconda.</p>' });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, slug: 'liberta-e-peru-il-prezzo-dellenergia', excerpt: 'Prima frase del pezzo, abbastanza lunga.\nSeconda.'.replace('\n', ' ') });
    const again = await create(author);
    expect(again.slug).toBe('liberta-e-peru-il-prezzo-dellenergia-2');
    expect((await run(PUBLIC_READ, { slug: draft.slug, locale: 'it' })).data).toEqual({ article: null });
    const revisions = await run<{ articleRevisions: { version: number; changedFields: string[] }[] }>(`query ($id: ID!) { articleRevisions(id: $id) { version changedFields } }`, { id: draft.id }, author);
    expect(revisions.data!.articleRevisions).toEqual([{ version: 1, changedFields: ['title', 'subtitle', 'excerpt', 'body'] }]);
  });

  it('saves under optimistic locking: a stale version gets CONFLICT with the current one, and every save leaves a revision', async () => {
    const draft = await create(author);
    const saved = await run(UPDATE, { id: draft.id, input: { title: 'Nuovo titolo', subtitle: 'Un sommario' }, expectedVersion: 1 }, author);
    expect(saved.data!.updateArticle).toMatchObject({ version: 2 });
    const stale = await run(UPDATE, { id: draft.id, input: { title: 'Titolo vecchio' }, expectedVersion: 1 }, author);
    expect(outcome(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    const revisions = await run<{ articleRevisions: { version: number; changedFields: string[]; title: string }[] }>(`query ($id: ID!) { articleRevisions(id: $id) { version changedFields title } }`, { id: draft.id }, author);
    expect(revisions.data!.articleRevisions[0]).toEqual({ version: 2, changedFields: ['title', 'subtitle'], title: 'Nuovo titolo' });
  });

  it('lets exactly one of several truly concurrent saves of the same version win', async () => {
    const draft = await create(editor);
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, index) => run(UPDATE, { id: draft.id, input: { title: `Versione ${index}` }, expectedVersion: 1 }, editor)),
    );
    expect(attempts.filter((attempt) => outcome(attempt) === 'OK')).toHaveLength(1);
    expect(attempts.filter((attempt) => outcome(attempt) === 'CONFLICT')).toHaveLength(5);
    const [{ version, revisions }] = await app.dataSource.query(`SELECT a.version, (SELECT count(*)::int FROM article_revision r WHERE r.article_id = a.id) AS revisions FROM article a WHERE a.id = $1`, [draft.id]);
    expect({ version, revisions }).toEqual({ version: 2, revisions: 2 });
  });

  it('restores an earlier revision as a new save', async () => {
    const draft = await create(editor, { title: 'Titolo originale' });
    await run(UPDATE, { id: draft.id, input: { title: 'Titolo sbagliato', body: '<p>Testo sbagliato</p>' }, expectedVersion: 1 }, editor);
    const restored = await run<{ restoreArticleRevision: Saved & { title: string } }>(
      `mutation ($id: ID!) { restoreArticleRevision(id: $id, revision: 1, expectedVersion: 2) { version title body } }`,
      { id: draft.id },
      editor,
    );
    expect(restored.data!.restoreArticleRevision).toEqual({ version: 3, title: 'Titolo originale', body: '<p>Il Consiglio ha deciso.</p>' });
  });

  it('sanitizes the body on write', async () => {
    const draft = await create(editor, { body: '<p onclick="steal()">Testo<script>alert(1)</script> <a href="javascript:alert(1)">link</a></p><iframe src="https://evil.example/x"></iframe>' });
    expect(draft.body).toBe('<p>Testo <a>link</a></p>');
  });

  it('refuses a taken slug with CONFLICT, and bad input listing every failing field', async () => {
    const first = await create(editor);
    const taken = await run(CREATE, { input: { locale: 'it', title: 'Altro', slug: first.slug } }, editor);
    expect(outcome(taken)).toBe('CONFLICT');
    const invalid = await run(CREATE, { input: { locale: 'it', title: 'x'.repeat(301), slug: 'Not A Slug', featuredImage: { url: 'javascript:alert(1)' } } }, editor);
    expect(outcome(invalid)).toBe('BAD_USER_INPUT');
    const fields = (invalid.errors![0]!.extensions!.fields as { field: string }[]).map((problem) => problem.field).sort();
    expect(fields).toEqual(['featuredImage.url', 'slug', 'title']);
    const unknown = await run(CREATE, { input: { locale: 'it', title: 'Ok', authorIds: ['00000000-0000-4000-8000-000000000000'] } }, editor);
    expect(outcome(unknown)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown.errors![0]!.extensions!.fields)).toContain('authorIds');
    expect(outcome(await run(CREATE, { input: { locale: 'fr', title: 'Ok' } }, editor))).toBe('BAD_USER_INPUT');
  });

  it('lets an author edit only their own drafts', async () => {
    const mine = await create(author);
    expect(outcome(await run(UPDATE, { id: mine.id, input: { title: 'Da un altro' }, expectedVersion: 1 }, otherAuthor))).toBe('FORBIDDEN');
    expect(outcome(await run(UPDATE, { id: mine.id, input: { title: 'Mio' }, expectedVersion: 1 }, author))).toBe('OK');
    await run(transition('publishArticle'), { id: mine.id }, editor);
    expect(outcome(await run(UPDATE, { id: mine.id, input: { title: 'Dopo la pubblicazione' }, expectedVersion: 2 }, author))).toBe('FORBIDDEN');
    expect(outcome(await run(UPDATE, { id: mine.id, input: { title: 'Corretto' }, expectedVersion: 1 }))).toBe('UNAUTHENTICATED');
  });

  it('checks every lifecycle mutation against the permission table', async () => {
    const roles: [string, Headers, Role | null][] = [
      ['anonymous', {}, null],
      ['author', otherAuthor, Role.AUTHOR],
      ['translator', translator, Role.TRANSLATOR],
      ['editor', editor, Role.EDITOR],
    ];
    const cases: [string, Action, Record<string, unknown>][] = [
      ['publishArticle', Action.PublishArticle, {}],
      ['scheduleArticle', Action.ScheduleArticle, { at: new Date(Date.now() + 86_400_000).toISOString() }],
      ['unpublishArticle', Action.UnpublishArticle, {}],
      ['deleteArticle', Action.DeleteArticle, {}],
      ['restoreArticle', Action.RestoreArticle, {}],
    ];
    for (const [mutation, action, extra] of cases) {
      for (const [who, headers, role] of roles) {
        const article = await create(editor);
        if (mutation === 'unpublishArticle') await run(transition('publishArticle'), { id: article.id }, editor);
        if (mutation === 'restoreArticle') await run(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: article.id }, editor);
        const query = mutation === 'deleteArticle' ? `mutation ($id: ID!) { deleteArticle(id: $id) }` : transition(mutation, 'at' in extra ? ', at: $at' : '');
        const expected = role === null ? 'UNAUTHENTICATED' : PERMISSIONS[action][role] === 'any' ? 'OK' : 'FORBIDDEN';
        expect({ mutation, who, outcome: outcome(await run(query, { id: article.id, ...extra }, headers)) }).toEqual({ mutation, who, outcome: expected });
      }
    }
  });

  it('takes a story from draft to review to scheduled to published, then anyone can read it', async () => {
    const draft = await create(author, { title: 'Il flusso editoriale completo' });
    expect((await run(transition('submitArticleForReview'), { id: draft.id }, author)).data!.submitArticleForReview.status).toBe('IN_REVIEW');
    expect(outcome(await run(transition('publishArticle'), { id: draft.id }, author))).toBe('FORBIDDEN');
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect((await run(transition('scheduleArticle', ', at: $at'), { id: draft.id, at }, editor)).data!.scheduleArticle.status).toBe('SCHEDULED');
    expect(outcome(await run(transition('scheduleArticle', ', at: $at'), { id: draft.id, at: '2020-01-01T00:00:00Z' }, editor))).toBe('BAD_USER_INPUT');
    expect((await schedulerRun()).published).not.toContain(draft.id);
    await app.dataSource.query(`UPDATE article SET scheduled_at = now() - interval '1 second' WHERE id = $1`, [draft.id]);
    const [first, second] = await Promise.all([schedulerRun(), schedulerRun()]);
    expect([...first.published, ...second.published].filter((id) => id === draft.id)).toHaveLength(1);
    const read = await run<{ article: { id: string; status: string } }>(PUBLIC_READ, { slug: draft.slug, locale: 'it' });
    expect(read.data!.article).toMatchObject({ id: draft.id, status: 'PUBLISHED' });
  });

  it('publishes once: a correction or a republication keeps the first publication date', async () => {
    const draft = await create(editor);
    const published = (await run(transition('publishArticle'), { id: draft.id }, editor)).data!.publishArticle;
    await run(UPDATE, { id: draft.id, input: { title: 'Corretto' }, expectedVersion: 1 }, editor);
    await run(transition('unpublishArticle'), { id: draft.id }, editor);
    const again = (await run(transition('publishArticle'), { id: draft.id }, editor)).data!.publishArticle;
    expect(again.publishedAt).toBe(published.publishedAt);
    expect(outcome(await run(transition('submitArticleForReview'), { id: draft.id }, editor))).toBe('CONFLICT');
  });

  it('takes an article down when its embargo ends', async () => {
    const draft = await create(editor);
    await run(transition('publishArticle'), { id: draft.id }, editor);
    await run(transition('scheduleUnpublish', ', at: $at'), { id: draft.id, at: new Date(Date.now() + 60_000).toISOString() }, editor);
    await app.dataSource.query(`UPDATE article SET unpublish_at = now() - interval '1 second' WHERE id = $1`, [draft.id]);
    expect((await schedulerRun()).unpublished).toContain(draft.id);
    expect((await run(PUBLIC_READ, { slug: draft.slug, locale: 'it' })).data).toEqual({ article: null });
  });

  it('soft-deletes and restores a story', async () => {
    const draft = await create(editor);
    await run(transition('publishArticle'), { id: draft.id }, editor);
    expect((await run(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id: draft.id }, editor)).data).toEqual({ deleteArticle: true });
    expect((await run(PUBLIC_READ, { slug: draft.slug, locale: 'it' })).data).toEqual({ article: null });
    expect((await run(transition('restoreArticle'), { id: draft.id }, editor)).data!.restoreArticle.status).toBe('PUBLISHED');
    expect((await run<{ article: { id: string } }>(PUBLIC_READ, { slug: draft.slug, locale: 'it' })).data!.article.id).toBe(draft.id);
  });

  it('opens one draft to a preview token, and nothing else', async () => {
    const draft = await create(author);
    const other = await create(author);
    const token = await run<{ createPreviewToken: { token: string; expiresAt: string } }>(`mutation ($id: ID!) { createPreviewToken(id: $id) { token expiresAt } }`, { id: draft.id }, author);
    const { token: previewToken, expiresAt } = token.data!.createPreviewToken;
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(3_500_000);
    expect((await run<{ article: { id: string; status: string } }>(PUBLIC_READ, { slug: draft.slug, locale: 'it', previewToken })).data!.article).toMatchObject({ id: draft.id, status: 'DRAFT' });
    expect((await run(PUBLIC_READ, { slug: other.slug, locale: 'it', previewToken })).data).toEqual({ article: null });
    expect((await run(PUBLIC_READ, { slug: draft.slug, locale: 'it', previewToken: `${previewToken}x` })).data).toEqual({ article: null });
    expect(outcome(await run(`mutation ($id: ID!) { createPreviewToken(id: $id) { token } }`, { id: draft.id }, otherAuthor))).toBe('FORBIDDEN');
    expect(outcome(await run(`mutation ($id: ID!) { createPreviewToken(id: $id) { token } }`, { id: draft.id }))).toBe('UNAUTHENTICATED');
  });

  it('keeps the old slug of a published article as a redirect', async () => {
    const draft = await create(editor, { title: 'Titolo da cambiare' });
    await run(transition('publishArticle'), { id: draft.id }, editor);
    await run(UPDATE, { id: draft.id, input: { slug: 'titolo-cambiato' }, expectedVersion: 1 }, editor);
    const route = await run<{ routeByPath: { redirect: boolean; canonicalPath: string } }>(`query ($path: String!) { routeByPath(path: $path) { redirect canonicalPath } }`, { path: `/it/energia/${draft.slug}` });
    expect(route.data!.routeByPath).toEqual({ redirect: true, canonicalPath: '/it/energia/titolo-cambiato' });
  });
});
