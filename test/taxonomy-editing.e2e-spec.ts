import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/auth/entities/user.entity.js';
import { Action } from '../src/auth/permissions.js';
import { headersOfEveryCaller, roleMatrix, type Caller, type MatrixOperation } from './support/role-matrix.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { createUser, outcome } from './support/users.js';

const SECTION_FIELDS = `id locale name slug description position servedLocale isFallback parent { slug } ancestors { slug }`;
const CREATE_SECTION = `mutation ($input: CreateSectionInput!) { createSection(input: $input) { ${SECTION_FIELDS} } }`;
const UPDATE_SECTION = `mutation ($id: ID!, $input: UpdateSectionInput!) { updateSection(id: $id, input: $input) { ${SECTION_FIELDS} } }`;
const UPDATE_SECTION_TRANSLATION = `mutation ($id: ID!, $locale: String!, $input: SectionTranslationFields!) {
  updateSectionTranslation(id: $id, locale: $locale, input: $input) { ${SECTION_FIELDS} } }`;
const DELETE_SECTION_TRANSLATION = `mutation ($id: ID!, $locale: String!) { deleteSectionTranslation(id: $id, locale: $locale) { ${SECTION_FIELDS} } }`;
const DELETE_SECTION = `mutation ($id: ID!, $moveArticlesTo: ID) { deleteSection(id: $id, moveArticlesTo: $moveArticlesTo) }`;
const SECTION = `query ($slug: String!, $locale: String!) { section(slug: $slug, locale: $locale) { ${SECTION_FIELDS} children { slug } } }`;

const TAG_FIELDS = `id locale name slug servedLocale isFallback`;
const CREATE_TAG = `mutation ($input: CreateTagInput!) { createTag(input: $input) { ${TAG_FIELDS} } }`;
const UPDATE_TAG_TRANSLATION = `mutation ($id: ID!, $locale: String!, $input: TagTranslationFields!) { updateTagTranslation(id: $id, locale: $locale, input: $input) { ${TAG_FIELDS} } }`;
const DELETE_TAG_TRANSLATION = `mutation ($id: ID!, $locale: String!) { deleteTagTranslation(id: $id, locale: $locale) { ${TAG_FIELDS} } }`;
const DELETE_TAG = `mutation ($id: ID!) { deleteTag(id: $id) }`;
const MERGE_TAGS = `mutation ($targetId: ID!, $sourceId: ID!) { mergeTags(targetId: $targetId, sourceId: $sourceId) { ${TAG_FIELDS} } }`;
const TAG = `query ($slug: String!, $locale: String!) { tag(slug: $slug, locale: $locale) { ${TAG_FIELDS} } }`;

const AUTHOR_FIELDS = `id locale name slug twitterHandle avatarUrl bio servedLocale isFallback`;
const CREATE_AUTHOR = `mutation ($input: CreateAuthorInput!) { createAuthor(input: $input) { ${AUTHOR_FIELDS} } }`;
const UPDATE_AUTHOR = `mutation ($id: ID!, $input: UpdateAuthorInput!) { updateAuthor(id: $id, input: $input) { ${AUTHOR_FIELDS} } }`;
const UPDATE_AUTHOR_TRANSLATION = `mutation ($id: ID!, $locale: String!, $bio: String!) { updateAuthorTranslation(id: $id, locale: $locale, input: { bio: $bio }) { ${AUTHOR_FIELDS} } }`;
const DELETE_AUTHOR_TRANSLATION = `mutation ($id: ID!, $locale: String!) { deleteAuthorTranslation(id: $id, locale: $locale) { ${AUTHOR_FIELDS} } }`;
const DELETE_AUTHOR = `mutation ($id: ID!) { deleteAuthor(id: $id) }`;
const AUTHOR = `query ($slug: String!, $locale: String) { author(slug: $slug, locale: $locale) { ${AUTHOR_FIELDS} } }`;

const MISSING = `query ($locale: String!) { missingTranslations(locale: $locale) { locale sections { id isFallback } tags { id isFallback } authors { id isFallback } } }`;
const ARTICLES_IN = `query ($filter: ArticleFilter!) { articles(locale: "it", first: 50, filter: $filter) { totalCount edges { node { storyId primarySection { slug } } } } }`;

interface Named {
  id: string;
  slug: string;
}
type Any = Record<string, any>;

describe('taxonomy editing', () => {
  let app: TestApp;
  let headersOf = new Map<Caller, Record<string, string>>();
  let serial = 0;

  beforeAll(async () => {
    app = await startTestApp({ env: { LOGIN_MAX_ATTEMPTS_PER_IP: '1000' } });
    headersOf = await headersOfEveryCaller(app);
  });

  afterAll(async () => {
    await app.close();
  });

  const editor = (query: string, variables: Record<string, unknown> = {}) => app.graphql<Any>(query, variables, headersOf.get(Role.EDITOR));
  const anonymous = (query: string, variables: Record<string, unknown> = {}) => app.graphql<Any>(query, variables);
  const unique = (name: string) => `${name} ${++serial}`;
  const fieldsOf = (response: GraphQLResponse<unknown>) => ((response.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map(({ field }) => field).sort();
  const dataOf = (response: GraphQLResponse<Any>, name: string) => {
    if (!response.data?.[name]) throw new Error(`${name} failed: ${JSON.stringify(response.errors)}`);
    return response.data[name] as Any;
  };

  async function newSection(fields: { parentId?: string; locales?: string[] } = {}): Promise<Named> {
    const name = unique('Rubrica');
    const translations = (fields.locales ?? ['it', 'en']).map((locale) => ({ locale, name: `${name} ${locale}` }));
    return dataOf(await editor(CREATE_SECTION, { input: { parentId: fields.parentId, translations } }), 'createSection') as Named;
  }

  async function newTag(locales = ['it', 'en']): Promise<Named> {
    const name = unique('etichetta');
    return dataOf(await editor(CREATE_TAG, { input: { translations: locales.map((locale) => ({ locale, name: `${name} ${locale}` })) } }), 'createTag') as Named;
  }

  async function newAuthor(bios = [{ locale: 'it', bio: 'Giornalista.' }, { locale: 'en', bio: 'Journalist.' }]): Promise<Named> {
    return dataOf(await editor(CREATE_AUTHOR, { input: { name: unique('Firma'), bios } }), 'createAuthor') as Named;
  }

  async function sectionId(slug: string): Promise<string> {
    return dataOf(await anonymous(SECTION, { slug, locale: 'it' }), 'section').id as string;
  }

  /** Published Italian stories (what the public article list shows), oldest first. */
  async function publishedStories(count: number): Promise<string[]> {
    const rows: { id: string }[] = await app.dataSource.query(
      `SELECT s.id FROM story s JOIN article a ON a.story_id = s.id
        WHERE a.locale = 'it' AND a.status = 'PUBLISHED' AND a.published_at <= now() AND s.deleted_at IS NULL
        ORDER BY a.published_at, s.id LIMIT $1`,
      [count],
    );
    return rows.map((row) => row.id);
  }

  describe('permissions', () => {
    const operations: MatrixOperation[] = [
      { name: 'createSection', action: Action.ManageTaxonomy, run: (headers) => app.graphql(CREATE_SECTION, { input: { translations: [{ locale: 'it', name: unique('Matrice') }] } }, headers) },
      { name: 'updateSection', action: Action.ManageTaxonomy, run: async (headers) => app.graphql(UPDATE_SECTION, { id: (await newSection()).id, input: { position: 3 } }, headers) },
      {
        name: 'updateSectionTranslation',
        action: Action.ManageTaxonomy,
        run: async (headers) => app.graphql(UPDATE_SECTION_TRANSLATION, { id: (await newSection()).id, locale: 'en', input: { name: unique('Matrix') } }, headers),
      },
      { name: 'deleteSectionTranslation', action: Action.ManageTaxonomy, run: async (headers) => app.graphql(DELETE_SECTION_TRANSLATION, { id: (await newSection()).id, locale: 'en' }, headers) },
      { name: 'deleteSection', action: Action.ManageTaxonomy, run: async (headers) => app.graphql(DELETE_SECTION, { id: (await newSection()).id }, headers) },
      { name: 'createTag', action: Action.ManageTaxonomy, run: (headers) => app.graphql(CREATE_TAG, { input: { translations: [{ locale: 'it', name: unique('matrice') }] } }, headers) },
      {
        name: 'updateTagTranslation',
        action: Action.ManageTaxonomy,
        run: async (headers) => app.graphql(UPDATE_TAG_TRANSLATION, { id: (await newTag()).id, locale: 'en', input: { name: unique('matrix') } }, headers),
      },
      { name: 'deleteTagTranslation', action: Action.ManageTaxonomy, run: async (headers) => app.graphql(DELETE_TAG_TRANSLATION, { id: (await newTag()).id, locale: 'en' }, headers) },
      { name: 'deleteTag', action: Action.ManageTaxonomy, run: async (headers) => app.graphql(DELETE_TAG, { id: (await newTag()).id }, headers) },
      { name: 'mergeTags', action: Action.ManageTaxonomy, run: async (headers) => app.graphql(MERGE_TAGS, { targetId: (await newTag()).id, sourceId: (await newTag()).id }, headers) },
      { name: 'createAuthor', action: Action.ManageAuthors, run: (headers) => app.graphql(CREATE_AUTHOR, { input: { name: unique('Matrice') } }, headers) },
      { name: 'updateAuthor', action: Action.ManageAuthors, run: async (headers) => app.graphql(UPDATE_AUTHOR, { id: (await newAuthor()).id, input: { twitterHandle: 'matrix' } }, headers) },
      {
        name: 'updateAuthorTranslation',
        action: Action.ManageAuthors,
        run: async (headers) => app.graphql(UPDATE_AUTHOR_TRANSLATION, { id: (await newAuthor()).id, locale: 'en', bio: 'Reporter.' }, headers),
      },
      { name: 'deleteAuthorTranslation', action: Action.ManageAuthors, run: async (headers) => app.graphql(DELETE_AUTHOR_TRANSLATION, { id: (await newAuthor()).id, locale: 'en' }, headers) },
      { name: 'deleteAuthor', action: Action.ManageAuthors, run: async (headers) => app.graphql(DELETE_AUTHOR, { id: (await newAuthor()).id }, headers) },
      { name: 'missingTranslations', action: Action.ManageTaxonomy, run: (headers) => app.graphql(MISSING, { locale: 'en' }, headers) },
    ];

    it('allows each operation to exactly the roles the permission table grants its action', async () => {
      const { expected, actual } = await roleMatrix(operations, headersOf);
      expect(actual).toEqual(expected);
    });
  });

  describe('sections', () => {
    it('creates a section with slugs made from the names, accents transliterated, after its last sibling', async () => {
      const parentId = await sectionId('altre-sezioni');
      const created = await editor(CREATE_SECTION, {
        input: { parentId, translations: [{ locale: 'it', name: ' Libertà è Perù ', description: 'Diritti.' }, { locale: 'en', name: 'Freedom', slug: 'freedom-peru' }] },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createSection).toMatchObject({
        locale: 'it',
        name: 'Libertà è Perù',
        slug: 'liberta-e-peru',
        description: 'Diritti.',
        position: 9,
        isFallback: false,
        parent: { slug: 'altre-sezioni' },
        ancestors: [{ slug: 'altre-sezioni' }],
      });
      const english = await anonymous(SECTION, { slug: 'freedom-peru', locale: 'en' });
      expect(english.data!.section).toMatchObject({ name: 'Freedom', description: null, servedLocale: 'en', parent: { slug: 'other-sections' } });
      const siblings = await anonymous(SECTION, { slug: 'altre-sezioni', locale: 'it' });
      expect(siblings.data!.section.children.at(-1)).toEqual({ slug: 'liberta-e-peru' });
    });

    it('needs the default locale, configured locales once each, and lists every invalid field', async () => {
      const noDefault = await editor(CREATE_SECTION, { input: { translations: [{ locale: 'en', name: 'Only English' }] } });
      expect(outcome(noDefault)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(noDefault)).toEqual(['input.translations']);
      const unknownLocale = await editor(CREATE_SECTION, { input: { translations: [{ locale: 'it', name: 'A' }, { locale: 'fr', name: 'B' }] } });
      expect(fieldsOf(unknownLocale)).toEqual(['input.translations.1.locale']);
      const twice = await editor(CREATE_SECTION, { input: { translations: [{ locale: 'it', name: 'A' }, { locale: 'it', name: 'B' }] } });
      expect(fieldsOf(twice)).toEqual(['input.translations']);
      const invalid = await editor(CREATE_SECTION, {
        input: { parentId: 'nope', position: -1, translations: [{ locale: 'it', name: '', slug: 'Not A Slug', description: 'x'.repeat(1001) }] },
      });
      expect(outcome(invalid)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(invalid)).toEqual(['input.parentId', 'input.position', 'input.translations.0.description', 'input.translations.0.name', 'input.translations.0.slug']);
      const noSlug = await editor(CREATE_SECTION, { input: { translations: [{ locale: 'it', name: 'Москва' }] } });
      expect(fieldsOf(noSlug)).toEqual(['input.translations.0.slug']);
      const unknownParent = await editor(CREATE_SECTION, { input: { parentId: '00000000-0000-4000-8000-000000000000', translations: [{ locale: 'it', name: unique('Orfana') }] } });
      expect(fieldsOf(unknownParent)).toEqual(['input.parentId']);
    });

    it('answers a taken slug with a CONFLICT naming the field, given or generated, and writes nothing', async () => {
      const given = await editor(CREATE_SECTION, { input: { translations: [{ locale: 'it', name: 'Politica estera', slug: 'politica-estera' }, { locale: 'en', name: 'Politics', slug: 'politics' }] } });
      expect(given.status).toBe(200);
      expect(given.errors?.[0]).toMatchObject({ message: 'The slug "politics" is already taken in locale "en"', extensions: { code: 'CONFLICT', field: 'input.translations.1.slug' } });
      expect(await app.dataSource.query(`SELECT 1 FROM section_translation WHERE slug = 'politica-estera'`)).toEqual([]);
      const generated = await editor(CREATE_SECTION, { input: { translations: [{ locale: 'it', name: 'Mondo' }] } });
      expect(generated.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.translations.0.slug' });
      const section = await newSection();
      const renamed = await editor(UPDATE_SECTION_TRANSLATION, { id: section.id, locale: 'it', input: { name: 'Energia', slug: 'energia' } });
      expect(renamed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug', locale: 'it' });
    });

    it('moves sections in the tree and refuses cycles', async () => {
      const root = await newSection();
      const middle = await newSection({ parentId: root.id });
      const leaf = await newSection({ parentId: middle.id });
      for (const parentId of [root.id, middle.id, leaf.id]) {
        const cycle = await editor(UPDATE_SECTION, { id: root.id, input: { parentId } });
        expect(cycle.errors?.[0]).toMatchObject({
          message: 'A section cannot be moved under itself or one of its subsections',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.parentId' }] },
        });
      }
      const toTop = await editor(UPDATE_SECTION, { id: leaf.id, input: { parentId: null } });
      expect(toTop.data!.updateSection).toMatchObject({ parent: null, ancestors: [] });
      const moved = await editor(UPDATE_SECTION, { id: middle.id, input: { parentId: await sectionId('politica'), position: 0 } });
      expect(moved.data!.updateSection).toMatchObject({ position: 0, parent: { slug: 'politica' }, ancestors: [{ slug: 'politica' }] });
      const read = await anonymous(SECTION, { slug: 'politica', locale: 'it' });
      expect(read.data!.section.children).toContainEqual({ slug: middle.slug });
      const underLeaf = await editor(UPDATE_SECTION, { id: root.id, input: { parentId: leaf.id } });
      expect(underLeaf.data!.updateSection).toMatchObject({ parent: { slug: leaf.slug } });
      expect(outcome(await editor(UPDATE_SECTION, { id: '00000000-0000-4000-8000-000000000000', input: { position: 1 } }))).toBe('NOT_FOUND');
    });

    it('lets only one of two concurrent opposite moves win, so no cycle forms', async () => {
      const [first, second] = [await newSection(), await newSection()];
      const outcomes = await Promise.all([
        editor(UPDATE_SECTION, { id: first.id, input: { parentId: second.id } }),
        editor(UPDATE_SECTION, { id: second.id, input: { parentId: first.id } }),
      ]);
      expect(outcomes.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    });

    it('upserts a translation, keeps the slug on rename, and falls back once it is deleted', async () => {
      const section = await newSection({ locales: ['it'] });
      const before = await anonymous(SECTION, { slug: section.slug, locale: 'en' });
      expect(before.data!.section).toMatchObject({ servedLocale: 'it', isFallback: true });
      const added = await editor(UPDATE_SECTION_TRANSLATION, { id: section.id, locale: 'en', input: { name: 'Città & Co', description: 'Cities.' } });
      expect(added.data!.updateSectionTranslation).toMatchObject({ locale: 'en', name: 'Città & Co', slug: 'citta-co', description: 'Cities.', isFallback: false });
      const renamed = await editor(UPDATE_SECTION_TRANSLATION, { id: section.id, locale: 'en', input: { name: 'Cities' } });
      expect(renamed.data!.updateSectionTranslation).toMatchObject({ name: 'Cities', slug: 'citta-co', description: 'Cities.' });
      expect((await anonymous(SECTION, { slug: 'citta-co', locale: 'en' })).data!.section).toMatchObject({ name: 'Cities', isFallback: false });

      const deleted = await editor(DELETE_SECTION_TRANSLATION, { id: section.id, locale: 'en' });
      expect(deleted.data!.deleteSectionTranslation).toMatchObject({ locale: 'en', slug: section.slug, servedLocale: 'it', isFallback: true });
      expect((await anonymous(SECTION, { slug: 'citta-co', locale: 'en' })).data!.section).toBeNull();
      expect((await anonymous(SECTION, { slug: section.slug, locale: 'en' })).data!.section).toMatchObject({ isFallback: true });
      expect(outcome(await editor(DELETE_SECTION_TRANSLATION, { id: section.id, locale: 'en' }))).toBe('NOT_FOUND');
      const fallback = await editor(DELETE_SECTION_TRANSLATION, { id: section.id, locale: 'it' });
      expect(fieldsOf(fallback)).toEqual(['locale']);
      expect(fieldsOf(await editor(UPDATE_SECTION_TRANSLATION, { id: section.id, locale: 'de', input: { name: 'Städte' } }))).toEqual(['locale']);
    });

    it('refuses to delete a section stories use, unless told where they go', async () => {
      const doomed = await newSection();
      const target = await newSection();
      const [primary, linked] = await publishedStories(2);
      await app.dataSource.query(`UPDATE story SET primary_section_id = $2 WHERE id = $1`, [primary, doomed.id]);
      await app.dataSource.query(`INSERT INTO story_section (story_id, section_id) VALUES ($1, $3), ($2, $3), ($2, $4)`, [primary, linked, doomed.id, target.id]);

      const refused = await editor(DELETE_SECTION, { id: doomed.id });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', stories: 2, children: 0 });
      expect(fieldsOf(await editor(DELETE_SECTION, { id: doomed.id, moveArticlesTo: doomed.id }))).toEqual(['moveArticlesTo']);

      expect((await editor(DELETE_SECTION, { id: doomed.id, moveArticlesTo: target.id })).data).toEqual({ deleteSection: true });
      expect((await anonymous(SECTION, { slug: doomed.slug, locale: 'it' })).data!.section).toBeNull();
      const moved = await anonymous(ARTICLES_IN, { filter: { section: target.slug } });
      const nodes = moved.data!.articles.edges.map((edge: Any) => edge.node);
      expect(nodes).toHaveLength(2);
      expect(nodes.find((node: Any) => node.storyId === primary).primarySection).toEqual({ slug: target.slug });
      const links = await app.dataSource.query(`SELECT story_id FROM story_section WHERE section_id = $1 ORDER BY story_id`, [target.id]);
      expect(links).toHaveLength(2);
    });

    it('refuses to delete a section with subsections unless told; they then move up a level', async () => {
      const parent = await newSection({ parentId: await sectionId('mondo') });
      const child = await newSection({ parentId: parent.id });
      expect((await editor(DELETE_SECTION, { id: parent.id })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', stories: 0, children: 1 });
      expect(outcome(await editor(DELETE_SECTION, { id: parent.id, moveArticlesTo: '00000000-0000-4000-8000-000000000000' }))).toBe('BAD_USER_INPUT');
      expect(outcome(await editor(DELETE_SECTION, { id: parent.id, moveArticlesTo: child.id }))).toBe('OK');
      expect((await anonymous(SECTION, { slug: child.slug, locale: 'it' })).data!.section).toMatchObject({ parent: { slug: 'mondo' } });
      const empty = await newSection();
      expect(outcome(await editor(DELETE_SECTION, { id: empty.id }))).toBe('OK');
      expect(outcome(await editor(DELETE_SECTION, { id: empty.id }))).toBe('NOT_FOUND');
    });
  });

  describe('tags', () => {
    it('creates a tag with generated slugs and reads it back in each locale', async () => {
      const created = await editor(CREATE_TAG, { input: { translations: [{ locale: 'it', name: 'Perù, città e società' }, { locale: 'en', name: 'Peru cities' }] } });
      expect(created.data!.createTag).toMatchObject({ locale: 'it', name: 'Perù, città e società', slug: 'peru-citta-e-societa', isFallback: false });
      expect((await anonymous(TAG, { slug: 'peru-cities', locale: 'en' })).data!.tag).toMatchObject({ id: created.data!.createTag.id, name: 'Peru cities' });
      const invalid = await editor(CREATE_TAG, { input: { translations: [{ locale: 'it', name: 'x'.repeat(121), slug: '-bad-' }] } });
      expect(fieldsOf(invalid)).toEqual(['input.translations.0.name', 'input.translations.0.slug']);
    });

    it('answers taken slugs with CONFLICT, never a server error', async () => {
      const created = await editor(CREATE_TAG, { input: { translations: [{ locale: 'it', name: 'Russia' }] } });
      expect(created.status).toBe(200);
      expect(created.errors?.[0]).toMatchObject({ message: 'The slug "russia" is already taken in locale "it"', extensions: { code: 'CONFLICT', field: 'input.translations.0.slug' } });
      const tag = await newTag();
      const updated = await editor(UPDATE_TAG_TRANSLATION, { id: tag.id, locale: 'en', input: { name: 'Ukraine again', slug: 'ukraine' } });
      expect(updated.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug', locale: 'en' });
    });

    it('edits and deletes a translation, with the default locale as fallback', async () => {
      const tag = await newTag(['it']);
      const english = await editor(UPDATE_TAG_TRANSLATION, { id: tag.id, locale: 'en', input: { name: 'Peru' } });
      expect(english.data!.updateTagTranslation).toMatchObject({ locale: 'en', name: 'Peru', slug: 'peru', isFallback: false });
      expect((await anonymous(TAG, { slug: 'peru', locale: 'en' })).data!.tag).toMatchObject({ id: tag.id, servedLocale: 'en' });
      const deleted = await editor(DELETE_TAG_TRANSLATION, { id: tag.id, locale: 'en' });
      expect(deleted.data!.deleteTagTranslation).toMatchObject({ slug: tag.slug, servedLocale: 'it', isFallback: true });
      expect((await anonymous(TAG, { slug: 'peru', locale: 'en' })).data!.tag).toBeNull();
      expect((await anonymous(TAG, { slug: tag.slug, locale: 'en' })).data!.tag).toMatchObject({ id: tag.id, isFallback: true });
      expect(fieldsOf(await editor(DELETE_TAG_TRANSLATION, { id: tag.id, locale: 'it' }))).toEqual(['locale']);
    });

    it('deletes a tag: its stories lose it', async () => {
      const tag = await newTag();
      const [story] = await publishedStories(1);
      await app.dataSource.query(`INSERT INTO story_tag (story_id, tag_id, position) VALUES ($1, $2, 9)`, [story, tag.id]);
      expect((await editor(DELETE_TAG, { id: tag.id })).data).toEqual({ deleteTag: true });
      expect((await anonymous(TAG, { slug: tag.slug, locale: 'it' })).data!.tag).toBeNull();
      expect(await app.dataSource.query(`SELECT 1 FROM story_tag WHERE tag_id = $1`, [tag.id])).toEqual([]);
      expect(outcome(await editor(DELETE_TAG, { id: tag.id }))).toBe('NOT_FOUND');
    });

    it('merges a tag into another: each story once, at the earlier position, translations kept', async () => {
      const target = await newTag(['it']);
      const source = await newTag(['it', 'en']);
      const [onlySource, both, onlyTarget] = await publishedStories(3);
      await app.dataSource.query(
        `INSERT INTO story_tag (story_id, tag_id, position) VALUES ($1, $4, 7), ($2, $4, 1), ($2, $5, 8), ($3, $5, 6)`,
        [onlySource, both, onlyTarget, source.id, target.id],
      );
      const sourceEnglishSlug = `${source.slug.replace(/-it$/, '')}-en`;
      const merged = await editor(MERGE_TAGS, { targetId: target.id, sourceId: source.id });
      expect(merged.data!.mergeTags).toMatchObject({ id: target.id, slug: target.slug });

      const links = await app.dataSource.query(`SELECT story_id, tag_id, position FROM story_tag WHERE tag_id IN ($1, $2) ORDER BY position`, [source.id, target.id]);
      expect(links).toEqual([
        { story_id: both, tag_id: target.id, position: 1 },
        { story_id: onlyTarget, tag_id: target.id, position: 6 },
        { story_id: onlySource, tag_id: target.id, position: 7 },
      ]);
      expect((await anonymous(ARTICLES_IN, { filter: { tag: target.slug } })).data!.articles.totalCount).toBe(3);
      expect((await anonymous(TAG, { slug: source.slug, locale: 'it' })).data!.tag).toBeNull();
      expect((await anonymous(TAG, { slug: sourceEnglishSlug, locale: 'en' })).data!.tag).toMatchObject({ id: target.id, isFallback: false });
      expect(fieldsOf(await editor(MERGE_TAGS, { targetId: target.id, sourceId: target.id }))).toEqual(['sourceId']);
      expect(outcome(await editor(MERGE_TAGS, { targetId: target.id, sourceId: source.id }))).toBe('NOT_FOUND');
    });
  });

  describe('authors', () => {
    it('creates an author with a generated slug, normalized handle and bios', async () => {
      const created = await editor(CREATE_AUTHOR, {
        input: { name: 'Niccolò Ammaniti', twitterHandle: '@nicco_a', avatarUrl: 'https://cdn.example.com/n.jpg', bios: [{ locale: 'it', bio: 'Scrittore.' }] },
      });
      expect(created.data!.createAuthor).toMatchObject({ name: 'Niccolò Ammaniti', slug: 'niccolo-ammaniti', twitterHandle: 'nicco_a', avatarUrl: 'https://cdn.example.com/n.jpg', bio: 'Scrittore.' });
      expect((await anonymous(AUTHOR, { slug: 'niccolo-ammaniti', locale: 'en' })).data!.author).toMatchObject({ bio: 'Scrittore.', servedLocale: 'it', isFallback: true });
      const taken = await editor(CREATE_AUTHOR, { input: { name: 'Niccolò Ammaniti' } });
      expect(taken.errors?.[0]).toMatchObject({ message: 'The slug "niccolo-ammaniti" is already taken', extensions: { code: 'CONFLICT', field: 'input.slug' } });
    });

    it('lists every invalid field', async () => {
      const invalid = await editor(CREATE_AUTHOR, {
        input: { name: '', slug: 'Bad', twitterHandle: 'way_too_long_handle', avatarUrl: 'javascript:alert(1)', userId: 'x', bios: [{ locale: 'it', bio: '' }] },
      });
      expect(outcome(invalid)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(invalid)).toEqual(['input.avatarUrl', 'input.bios.0.bio', 'input.name', 'input.slug', 'input.twitterHandle', 'input.userId']);
      const ftp = await editor(CREATE_AUTHOR, { input: { name: unique('Ftp'), avatarUrl: 'ftp://example.com/a.png' } });
      expect(fieldsOf(ftp)).toEqual(['input.avatarUrl']);
      const author = await newAuthor();
      expect(fieldsOf(await editor(UPDATE_AUTHOR, { id: author.id, input: { name: null } }))).toEqual(['input.name']);
    });

    it('updates the given fields, keeps the slug, and edits bios per locale', async () => {
      const author = await newAuthor([{ locale: 'it', bio: 'Cronista.' }]);
      const updated = await editor(UPDATE_AUTHOR, { id: author.id, input: { name: 'Nuovo Nome', twitterHandle: 'nuovo', avatarUrl: null } });
      expect(updated.data!.updateAuthor).toMatchObject({ name: 'Nuovo Nome', slug: author.slug, twitterHandle: 'nuovo', avatarUrl: null });
      const cleared = await editor(UPDATE_AUTHOR, { id: author.id, input: { twitterHandle: null } });
      expect(cleared.data!.updateAuthor).toMatchObject({ name: 'Nuovo Nome', twitterHandle: null });
      const english = await editor(UPDATE_AUTHOR_TRANSLATION, { id: author.id, locale: 'en', bio: 'Reporter.' });
      expect(english.data!.updateAuthorTranslation).toMatchObject({ locale: 'en', bio: 'Reporter.', isFallback: false });
      expect((await anonymous(AUTHOR, { slug: author.slug, locale: 'en' })).data!.author).toMatchObject({ name: 'Nuovo Nome', bio: 'Reporter.' });
      const deleted = await editor(DELETE_AUTHOR_TRANSLATION, { id: author.id, locale: 'en' });
      expect(deleted.data!.deleteAuthorTranslation).toMatchObject({ bio: 'Cronista.', isFallback: true });
      const slugTaken = await editor(UPDATE_AUTHOR, { id: author.id, input: { slug: 'giulia-ferraresi' } });
      expect(slugTaken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
    });

    it('links a user to one author at most', async () => {
      const user = await createUser(app.dataSource, { role: Role.AUTHOR });
      const linkedOf = async () => (await app.dataSource.query(`SELECT author_id FROM "user" WHERE id = $1`, [user.id]))[0].author_id;
      const first = dataOf(await editor(CREATE_AUTHOR, { input: { name: unique('Collegata'), userId: user.id } }), 'createAuthor');
      expect(await linkedOf()).toBe(first.id);
      const name = unique('Seconda');
      const second = await editor(CREATE_AUTHOR, { input: { name, userId: user.id } });
      expect(second.errors?.[0]).toMatchObject({ message: 'This user is already linked to another author', extensions: { code: 'CONFLICT', field: 'input.userId' } });
      expect(await app.dataSource.query(`SELECT 1 FROM author WHERE name = $1`, [name])).toEqual([]);
      const other = await newAuthor();
      expect(outcome(await editor(UPDATE_AUTHOR, { id: other.id, input: { userId: user.id } }))).toBe('CONFLICT');
      expect(outcome(await editor(UPDATE_AUTHOR, { id: first.id, input: { userId: null } }))).toBe('OK');
      expect(await linkedOf()).toBeNull();
      expect(outcome(await editor(UPDATE_AUTHOR, { id: other.id, input: { userId: user.id } }))).toBe('OK');
      expect(await linkedOf()).toBe(other.id);
      expect(fieldsOf(await editor(UPDATE_AUTHOR, { id: other.id, input: { userId: '00000000-0000-4000-8000-000000000000' } }))).toEqual(['input.userId']);
    });

    it('refuses to delete an author bylines use; deletes an unused one', async () => {
      const [{ id }] = await app.dataSource.query(`SELECT id FROM author WHERE slug = 'simone-de-la-feld'`);
      expect((await editor(DELETE_AUTHOR, { id })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', stories: expect.any(Number) });
      const author = await newAuthor();
      expect((await editor(DELETE_AUTHOR, { id: author.id })).data).toEqual({ deleteAuthor: true });
      expect((await anonymous(AUTHOR, { slug: author.slug })).data!.author).toBeNull();
      expect(outcome(await editor(DELETE_AUTHOR, { id: author.id }))).toBe('NOT_FOUND');
    });
  });

  describe('missingTranslations', () => {
    it('lists the sections, tags and authors lacking the locale, until they get it', async () => {
      const section = await newSection({ locales: ['it'] });
      const tag = await newTag(['it']);
      const author = await newAuthor([{ locale: 'it', bio: 'Solo italiano.' }]);
      const missing = dataOf(await editor(MISSING, { locale: 'en' }), 'missingTranslations');
      expect(missing.locale).toBe('en');
      expect(missing.sections).toContainEqual({ id: section.id, isFallback: true });
      expect(missing.tags).toContainEqual({ id: tag.id, isFallback: true });
      expect(missing.authors).toContainEqual({ id: author.id, isFallback: true });

      await editor(UPDATE_SECTION_TRANSLATION, { id: section.id, locale: 'en', input: { name: unique('Translated') } });
      await editor(UPDATE_TAG_TRANSLATION, { id: tag.id, locale: 'en', input: { name: unique('translated') } });
      await editor(UPDATE_AUTHOR_TRANSLATION, { id: author.id, locale: 'en', bio: 'English too.' });
      const after = dataOf(await editor(MISSING, { locale: 'en' }), 'missingTranslations');
      const ids = [...after.sections, ...after.tags, ...after.authors].map((item: Any) => item.id);
      expect(ids).not.toContain(section.id);
      expect(ids).not.toContain(tag.id);
      expect(ids).not.toContain(author.id);
      expect(dataOf(await editor(MISSING, { locale: 'it' }), 'missingTranslations')).toMatchObject({ sections: [], tags: [] });
      expect(outcome(await editor(MISSING, { locale: 'fr' }))).toBe('BAD_USER_INPUT');
    });
  });
});
