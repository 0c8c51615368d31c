import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ArticleScheduler } from '../src/articles/article-scheduler.service.js';
import { Role } from '../src/auth/index.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs, outcome } from './support/users.js';

type Headers = Record<string, string>;
interface Version {
  id: string;
  locale: string;
  slug: string;
  title: string;
  body: string;
  status: string;
  version: number;
  translationCredit: string | null;
  translationStatus: string;
}

const FIELDS = 'id locale slug title body status version translationCredit translationStatus';
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const TRANSLATE = `mutation ($articleId: ID!, $locale: String!, $input: TranslationInput) { createTranslation(articleId: $articleId, locale: $locale, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!, $expectedVersion: Int!) { updateArticle(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const STEP = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { ${FIELDS} } }`;
const READ = `query ($slug: String!, $locale: String!) { article(slug: $slug, locale: $locale) { ${FIELDS} translations { locale slug } } }`;

describe('translations', () => {
  let app: TestApp;
  let editor: Headers;
  let author: Headers;
  let translator: Headers;

  beforeAll(async () => {
    app = await startTestApp();
    editor = (await actAs(app, Role.EDITOR)).headers;
    author = (await actAs(app, Role.AUTHOR)).headers;
    translator = (await actAs(app, Role.TRANSLATOR)).headers;
  });

  afterAll(async () => {
    await app.close();
  });

  const run = <T = Record<string, Version>>(query: string, variables: Record<string, unknown>, headers: Headers = {}) => app.graphql<T>(query, variables, headers);

  async function italianDraft(headers: Headers, title = 'La Commissione propone un nuovo patto'): Promise<Version> {
    const [{ id: sectionId }] = await app.dataSource.query(`SELECT section_id AS id FROM section_translation WHERE locale = 'it' AND slug = 'politica'`);
    const response = await run(CREATE, { input: { locale: 'it', title, body: '<p>Il testo italiano.</p>', sectionIds: [sectionId] } }, headers);
    expect(response.errors).toBeUndefined();
    return response.data!.createArticle!;
  }

  it('creates a translation as a draft prefilled from the source, with the default credit; once per locale', async () => {
    const source = await italianDraft(editor);
    expect(source.translationStatus).toBe('SOURCE');
    const english = (await run(TRANSLATE, { articleId: source.id, locale: 'en', input: { title: 'The Commission proposes a new pact' } }, translator)).data!.createTranslation!;
    expect(english).toMatchObject({
      locale: 'en',
      status: 'DRAFT',
      slug: 'the-commission-proposes-a-new-pact',
      body: '<p>Il testo italiano.</p>',
      translationCredit: 'English version by the Translation Service of Redazione',
      translationStatus: 'UP_TO_DATE',
    });
    expect(outcome(await run(TRANSLATE, { articleId: source.id, locale: 'en' }, translator))).toBe('CONFLICT');
    expect(outcome(await run(TRANSLATE, { articleId: source.id, locale: 'fr' }, translator))).toBe('BAD_USER_INPUT');
  });

  it('lets translators and editors translate, and nobody else', async () => {
    const source = await italianDraft(author);
    expect(outcome(await run(TRANSLATE, { articleId: source.id, locale: 'en' }))).toBe('UNAUTHENTICATED');
    expect(outcome(await run(TRANSLATE, { articleId: source.id, locale: 'en' }, author))).toBe('FORBIDDEN');
    expect(outcome(await run(TRANSLATE, { articleId: source.id, locale: 'en' }, editor))).toBe('OK');
  });

  it('marks a translation OUTDATED when the source text changes, and UP_TO_DATE once reviewed', async () => {
    const source = await italianDraft(editor);
    const english = (await run(TRANSLATE, { articleId: source.id, locale: 'en' }, translator)).data!.createTranslation!;
    await run(UPDATE, { id: source.id, input: { imageAlt: 'Solo il testo alternativo' }, expectedVersion: 1 }, editor);
    expect((await run(STEP('markTranslationUpToDate'), { id: english.id }, translator)).data!.markTranslationUpToDate!.translationStatus).toBe('UP_TO_DATE');
    await run(STEP('publishArticle'), { id: english.id }, editor);
    const publicStatus = async () => (await run<{ article: Version }>(READ, { slug: english.slug, locale: 'en' })).data!.article.translationStatus;
    expect(await publicStatus()).toBe('UP_TO_DATE');
    await run(UPDATE, { id: source.id, input: { body: '<p>Il testo italiano, aggiornato.</p>' }, expectedVersion: 2 }, editor);
    expect(await publicStatus()).toBe('OUTDATED');
    // Once published, a translation is edited under the editors' grant (translators work on drafts).
    expect(outcome(await run(STEP('markTranslationUpToDate'), { id: english.id }, translator))).toBe('FORBIDDEN');
    expect((await run(STEP('markTranslationUpToDate'), { id: english.id }, editor)).data!.markTranslationUpToDate!.translationStatus).toBe('UP_TO_DATE');
    expect(await publicStatus()).toBe('UP_TO_DATE');
    expect(outcome(await run(STEP('markTranslationUpToDate'), { id: source.id }, editor))).toBe('CONFLICT');
  });

  it('ships an outdated English translation in the demo content', async () => {
    const [row] = await app.dataSource.query(`SELECT en.slug FROM article en JOIN article source ON source.id = en.translated_from_id WHERE en.translated_from_version < source.version`);
    const { data } = await run<{ article: Version }>(READ, { slug: row.slug, locale: 'en' });
    expect(data!.article.translationStatus).toBe('OUTDATED');
  });

  it('takes a story through author, editor and translator to two published versions, each with its own lifecycle', async () => {
    const source = await italianDraft(author, 'Il flusso con la traduzione');
    expect((await run(STEP('submitArticleForReview'), { id: source.id }, author)).data!.submitArticleForReview!.status).toBe('IN_REVIEW');
    const at = new Date(Date.now() + 60_000).toISOString();
    await run(`mutation ($id: ID!, $at: DateTime!) { scheduleArticle(id: $id, at: $at) { id } }`, { id: source.id, at }, editor);
    await app.dataSource.query(`UPDATE article SET scheduled_at = now() - interval '1 second' WHERE id = $1`, [source.id]);
    expect((await app.app.get(ArticleScheduler).runOnce()).published).toContain(source.id);

    const english = (await run(TRANSLATE, { articleId: source.id, locale: 'en', input: { title: 'The flow with the translation' } }, translator)).data!.createTranslation!;
    const edited = await run(UPDATE, { id: english.id, input: { body: '<p>The English text.</p>' }, expectedVersion: 1 }, translator);
    expect(edited.errors).toBeUndefined();
    expect((await run(STEP('submitArticleForReview'), { id: english.id }, translator)).data!.submitArticleForReview!.status).toBe('IN_REVIEW');
    expect(outcome(await run(STEP('publishArticle'), { id: english.id }, translator))).toBe('FORBIDDEN');

    const italianRead = (await run<{ article: Version & { translations: { locale: string }[] } }>(READ, { slug: source.slug, locale: 'it' })).data!.article;
    expect(italianRead).toMatchObject({ status: 'PUBLISHED', translations: [] });
    expect((await run(READ, { slug: english.slug, locale: 'en' })).data).toEqual({ article: null });

    await run(STEP('publishArticle'), { id: english.id }, editor);
    const englishRead = (await run<{ article: Version & { translations: { locale: string }[] } }>(READ, { slug: english.slug, locale: 'en' })).data!.article;
    expect(englishRead).toMatchObject({ status: 'PUBLISHED', body: '<p>The English text.</p>', translations: [{ locale: 'it', slug: source.slug }] });
    const [italianAfter] = await app.dataSource.query(`SELECT status, version FROM article WHERE id = $1`, [source.id]);
    expect(italianAfter).toEqual({ status: 'PUBLISHED', version: 1 });
  });
});

describe('a third locale, added by configuration alone', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { LOCALES: 'it,en,fr' } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('is listed, can be written and read, is searchable, and falls back for taxonomy', async () => {
    expect((await app.graphql(`{ locales { supported defaultLocale } }`)).data).toEqual({ locales: { supported: ['it', 'en', 'fr'], defaultLocale: 'it' } });
    const translator = (await actAs(app, Role.TRANSLATOR)).headers;
    const editor = (await actAs(app, Role.EDITOR)).headers;
    const [{ id: sourceId }] = await app.dataSource.query(`SELECT id FROM article WHERE locale = 'en' AND slug = 'eu-south-korea-sign-defence-agreement'`);
    const french = await app.graphql<{ createTranslation: { id: string; slug: string } }>(
      `mutation ($id: ID!) { createTranslation(articleId: $id, locale: "fr", input: { title: "L'UE et la Corée du Sud signent un accord de défense", body: "<p>Les troupes nord-coréennes en Russie inquiètent Bruxelles.</p>" }) { id slug } }`,
      { id: sourceId },
      translator,
    );
    expect(french.errors).toBeUndefined();
    const { id, slug } = french.data!.createTranslation;
    expect(slug).toBe('lue-et-la-coree-du-sud-signent-un-accord-de-defense');
    await app.graphql(`mutation ($id: ID!) { publishArticle(id: $id) { id } }`, { id }, editor);
    const read = await app.graphql<{ article: { title: string; primarySection: { isFallback: boolean; servedLocale: string }; translations: { locale: string }[] } }>(
      `query ($slug: String!) { article(slug: $slug, locale: "fr") { title primarySection { isFallback servedLocale } translations { locale } } }`,
      { slug },
    );
    expect(read.data!.article.primarySection).toEqual({ isFallback: true, servedLocale: 'it' });
    expect(read.data!.article.translations.map((t) => t.locale)).toEqual(['en', 'it']);
    const found = await app.graphql<{ search: { edges: { node: { article: { id: string } } }[] } }>(`{ search(query: "troupe nord-coréenne", locale: "fr") { edges { node { article { id } } } } }`);
    expect(found.data!.search.edges.map((edge) => edge.node.article.id)).toContain(id);
  });
});

describe('the translation queue and story merges', () => {
  let app: TestApp;
  let editor: Headers;

  beforeAll(async () => {
    app = await startTestApp();
    editor = (await actAs(app, Role.EDITOR)).headers;
  });

  afterAll(async () => {
    await app.close();
  });

  const QUEUE = `query ($locale: String!, $after: String) { translationQueue(locale: $locale, first: 10, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { outdatedSince translation { id locale translationStatus } source { id locale } changes { field before after } changedParagraphs { index kind before after } } }
  } }`;
  interface Queue {
    translationQueue: {
      totalCount: number;
      edges: { node: { outdatedSince: string; translation: { id: string; translationStatus: string }; source: { id: string }; changes: { field: string; before: string | null; after: string | null }[]; changedParagraphs: { kind: string; after: string | null }[] } }[];
    };
  }

  it('lists outdated translations oldest first, with what changed in the source, to editorial roles only', async () => {
    const { data, errors } = await app.graphql<Queue>(QUEUE, { locale: 'en' }, editor);
    expect(errors).toBeUndefined();
    expect(data!.translationQueue.totalCount).toBe(1);
    const [{ node: demo }] = data!.translationQueue.edges;
    expect(demo.translation.translationStatus).toBe('OUTDATED');
    expect(demo.changedParagraphs).toEqual([expect.objectContaining({ kind: 'ADDED', after: expect.any(String) })]);

    const [source] = await app.dataSource.query(`SELECT s.id, s.version, t.id AS translation_id FROM article t JOIN article s ON s.id = t.translated_from_id WHERE t.translated_from_version = s.version AND t.locale = 'en' AND t.status = 'PUBLISHED' LIMIT 1`);
    const update = await app.graphql(
      `mutation ($id: ID!, $v: Int!) { updateArticle(id: $id, input: { title: "Titolo corretto", body: "<p>Un paragrafo del tutto nuovo.</p>" }, expectedVersion: $v) { version } }`,
      { id: source.id, v: source.version },
      editor,
    );
    expect(update.errors).toBeUndefined();
    const after = (await app.graphql<Queue>(QUEUE, { locale: 'en' }, editor)).data!.translationQueue;
    expect(after.totalCount).toBe(2);
    expect(Date.parse(after.edges[0]!.node.outdatedSince)).toBeLessThanOrEqual(Date.parse(after.edges[1]!.node.outdatedSince));
    const changed = after.edges[1]!.node;
    expect(changed.translation.id).toBe(source.translation_id);
    expect(changed.changes).toContainEqual(expect.objectContaining({ field: 'title', after: 'Titolo corretto' }));
    expect(changed.changedParagraphs.some((paragraph) => paragraph.after === 'Un paragrafo del tutto nuovo.')).toBe(true);

    expect(outcome(await app.graphql(QUEUE, { locale: 'en' }))).toBe('UNAUTHENTICATED');
    expect(outcome(await app.graphql(QUEUE, { locale: 'en' }, (await actAs(app, Role.AUTHOR)).headers))).toBe('FORBIDDEN');
    expect(outcome(await app.graphql(QUEUE, { locale: 'en' }, (await actAs(app, Role.TRANSLATOR)).headers))).toBe('OK');
  });

  it('merges two stories in different languages, keeping the target relations and recording the merge', async () => {
    const singleLanguage = (locale: string) =>
      app.dataSource.query(
        `SELECT a.story_id, a.id FROM article a WHERE a.locale = $1 AND a.status = 'PUBLISHED' AND a.story_id IN (SELECT story_id FROM article GROUP BY story_id HAVING count(*) = 1) LIMIT 1`,
        [locale],
      );
    const [italianOnly] = await singleLanguage('it');
    const [englishOnly] = await singleLanguage('en');
    const MERGE = `mutation ($target: ID!, $source: ID!) { mergeStories(targetStoryId: $target, sourceStoryId: $source) { id locale storyId } }`;
    const [twoLanguages] = await app.dataSource.query(`SELECT story_id FROM article GROUP BY story_id HAVING count(*) = 2 LIMIT 1`);
    expect(outcome(await app.graphql(MERGE, { target: twoLanguages.story_id, source: italianOnly.story_id }, editor))).toBe('CONFLICT');
    expect(outcome(await app.graphql(MERGE, { target: italianOnly.story_id, source: englishOnly.story_id }, (await actAs(app, Role.AUTHOR)).headers))).toBe('FORBIDDEN');
    const targetTags = await app.dataSource.query(`SELECT tag_id FROM story_tag WHERE story_id = $1 ORDER BY tag_id`, [italianOnly.story_id]);

    const merged = await app.graphql<{ mergeStories: { id: string; locale: string; storyId: string }[] }>(MERGE, { target: italianOnly.story_id, source: englishOnly.story_id }, editor);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeStories.map((version) => [version.locale, version.storyId])).toEqual([
      ['en', italianOnly.story_id],
      ['it', italianOnly.story_id],
    ]);
    expect(await app.dataSource.query(`SELECT tag_id FROM story_tag WHERE story_id = $1 ORDER BY tag_id`, [italianOnly.story_id])).toEqual(targetTags);
    expect(await app.dataSource.query(`SELECT id FROM story WHERE id = $1`, [englishOnly.story_id])).toEqual([]);
    const [record] = await app.dataSource.query(`SELECT target_story_id, source_story_id, moved_article_ids FROM story_merge`);
    expect(record).toEqual({ target_story_id: italianOnly.story_id, source_story_id: englishOnly.story_id, moved_article_ids: [englishOnly.id] });
    const { data } = await app.graphql<{ articleById: { translations: { locale: string }[] } }>(`query ($id: ID!) { articleById(id: $id) { translations { locale } } }`, { id: italianOnly.id });
    expect(data!.articleById.translations).toEqual([{ locale: 'en' }]);
  });
});
