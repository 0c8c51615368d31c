import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/auth/index.js';
import { RedisResponseStore } from '../src/cache/redis-response-store.js';
import { ResponseCacheInvalidation } from '../src/cache/response-cache-invalidation.js';
import { freePort } from './support/free-port.js';
import { rawGet } from './support/raw-http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs } from './support/users.js';

type Headers = Record<string, string>;

interface Reply {
  status: number;
  cache: string | null;
  cacheControl: string | null;
  text: string;
  json: { data?: any; errors?: { extensions?: { code?: string } }[] };
}

/** An anonymous (unless headers say otherwise) GraphQL request, by POST or GET, with what the cache said. */
async function gql(app: TestApp, query: string, variables?: Record<string, unknown>, options: { get?: boolean; headers?: Headers; extensions?: unknown } = {}): Promise<Reply> {
  let response: Response;
  if (options.get) {
    const url = new URL(`${app.url}/graphql`);
    if (query) url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    if (options.extensions) url.searchParams.set('extensions', JSON.stringify(options.extensions));
    response = await fetch(url, { headers: options.headers });
  } else {
    response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify({ query, variables, extensions: options.extensions }),
    });
  }
  const text = await response.text();
  return { status: response.status, cache: response.headers.get('x-cache'), cacheControl: response.headers.get('cache-control'), text, json: JSON.parse(text) };
}

const ARTICLE = `query ($slug: String!, $locale: String!) { article(slug: $slug, locale: $locale) { id title tags { name } } }`;
const FRONT_PAGE = `query ($locale: String!, $first: Int!) { articles(locale: $locale, first: $first) { edges { node { id title } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!, $expectedVersion: Int!) { updateArticle(id: $id, input: $input, expectedVersion: $expectedVersion) { id title version } }`;
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id slug version } }`;

interface Published {
  id: string;
  slug: string;
  storyId: string;
}

async function newestPublished(app: TestApp, locale: string, offset = 0): Promise<Published> {
  const [row] = await app.dataSource.query(
    `SELECT a.id, a.slug, a.story_id AS "storyId" FROM article a JOIN story s ON s.id = a.story_id
      WHERE a.locale = $1 AND a.status = 'PUBLISHED' AND s.deleted_at IS NULL AND a.published_at <= now()
      ORDER BY a.published_at DESC, a.id DESC OFFSET $2 LIMIT 1`,
    [locale, offset],
  );
  return row;
}

async function versionOf(app: TestApp, id: string): Promise<number> {
  const [{ version }] = await app.dataSource.query(`SELECT version FROM article WHERE id = $1`, [id]);
  return version;
}

async function retitle(app: TestApp, editor: Headers, id: string, title: string): Promise<void> {
  const saved = await app.graphql(UPDATE, { id, input: { title }, expectedVersion: await versionOf(app, id) }, editor);
  expect(saved.errors).toBeUndefined();
}

const titlesOf = (reply: Reply): string[] => reply.json.data.articles.edges.map((edge: { node: { title: string } }) => edge.node.title);

describe('response cache, in process', () => {
  let app: TestApp;
  let editor: Headers;

  beforeAll(async () => {
    app = await startTestApp({ env: { RESPONSE_CACHE: 'true' } });
    editor = (await actAs(app, Role.EDITOR)).headers;
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the second identical anonymous query from the cache, whatever the spacing and the order of the variables', async () => {
    const article = await newestPublished(app, 'en', 3);
    const first = await gql(app, ARTICLE, { slug: article.slug, locale: 'en' });
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    expect(first.json.data.article.id).toBe(article.id);
    const second = await gql(app, ARTICLE, { slug: article.slug, locale: 'en' });
    expect(second).toMatchObject({ status: 200, cache: 'HIT', text: first.text });
    const respaced = `query($slug:String!,$locale:String!){
      article(slug: $slug, locale: $locale) {
        id, title   # a comment
        tags { name }
      }
    }`;
    expect(await gql(app, respaced, { locale: 'en', slug: article.slug })).toMatchObject({ cache: 'HIT', text: first.text });
    // GET and POST share the entry.
    expect(await gql(app, respaced, { locale: 'en', slug: article.slug }, { get: true })).toMatchObject({ cache: 'HIT', text: first.text });
    const other = await newestPublished(app, 'en', 4);
    const different = await gql(app, ARTICLE, { slug: other.slug, locale: 'en' });
    expect(different.cache).toBe('MISS');
    expect(different.json.data.article.id).toBe(other.id);
  });

  it('never caches a request with credentials, an error, a mutation or a preview', async () => {
    const article = await newestPublished(app, 'en', 5);
    for (let attempt = 0; attempt < 2; attempt++) {
      const authenticated = await gql(app, ARTICLE, { slug: article.slug, locale: 'en' }, { headers: editor });
      expect(authenticated).toMatchObject({ status: 200, cache: 'BYPASS', cacheControl: 'private, no-store' });
      const failed = await gql(app, FRONT_PAGE, { locale: 'xx', first: 2 });
      expect(failed.cache).toBe('MISS');
      expect(failed.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const mutation = await gql(app, `mutation { login(email: "nobody@redazione.test", password: "wrong-password-1") { accessToken } }`);
      expect(mutation.cache).toBe('BYPASS');
    }

    const draft = await app.graphql<{ createArticle: { id: string; slug: string } }>(CREATE, { input: { locale: 'en', title: 'A draft for the preview' } }, editor);
    const { id, slug } = draft.data!.createArticle;
    const token = await app.graphql<{ createPreviewToken: { token: string } }>(`mutation ($id: ID!) { createPreviewToken(id: $id) { token } }`, { id }, editor);
    const PREVIEW = `query ($slug: String!, $locale: String!, $previewToken: String) { article(slug: $slug, locale: $locale, previewToken: $previewToken) { id title status } }`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const preview = await gql(app, PREVIEW, { slug, locale: 'en', previewToken: token.data!.createPreviewToken.token });
      expect(preview).toMatchObject({ status: 200, cache: 'MISS', cacheControl: 'private, no-store' });
      expect(preview.json.data.article).toMatchObject({ id, status: 'DRAFT' });
    }
    // The public lookup of the draft's slug finds nothing, and never the draft.
    expect((await gql(app, ARTICLE, { slug, locale: 'en' })).json.data.article).toBeNull();
    expect((await gql(app, ARTICLE, { slug, locale: 'en' })).json.data.article).toBeNull();
  });

  it('answers the reader after an editor changed a published article: the article and the lists that show it', async () => {
    const article = await newestPublished(app, 'en');
    const variables = { slug: article.slug, locale: 'en' };
    const list = { locale: 'en', first: 5 };
    await gql(app, ARTICLE, variables);
    await gql(app, FRONT_PAGE, list);
    expect((await gql(app, ARTICLE, variables)).cache).toBe('HIT');
    expect((await gql(app, FRONT_PAGE, list)).cache).toBe('HIT');

    await retitle(app, editor, article.id, 'A title the readers see at once');
    const read = await gql(app, ARTICLE, variables);
    expect(read.cache).toBe('MISS');
    expect(read.json.data.article.title).toBe('A title the readers see at once');
    const listed = await gql(app, FRONT_PAGE, list);
    expect(listed.cache).toBe('MISS');
    expect(titlesOf(listed)).toContain('A title the readers see at once');
  });

  it('shows a publication on the front page at once, and takes an unpublished or deleted article down at once', async () => {
    const list = { locale: 'en', first: 3 };
    await gql(app, FRONT_PAGE, list);
    expect((await gql(app, FRONT_PAGE, list)).cache).toBe('HIT');

    const created = await app.graphql<{ createArticle: { id: string; slug: string } }>(CREATE, { input: { locale: 'en', title: 'Breaking: the cache purges' } }, editor);
    const { id, slug } = created.data!.createArticle;
    // Not public yet: a draft changes nothing readers see, so nothing is purged.
    expect((await gql(app, FRONT_PAGE, list)).cache).toBe('HIT');
    const notFound = await gql(app, ARTICLE, { slug, locale: 'en' });
    expect(notFound.json.data.article).toBeNull();
    expect((await gql(app, ARTICLE, { slug, locale: 'en' })).cache).toBe('HIT');

    expect((await app.graphql(`mutation ($id: ID!) { publishArticle(id: $id) { id } }`, { id }, editor)).errors).toBeUndefined();
    const front = await gql(app, FRONT_PAGE, list);
    expect(front.cache).toBe('MISS');
    expect(titlesOf(front)[0]).toBe('Breaking: the cache purges');
    const found = await gql(app, ARTICLE, { slug, locale: 'en' });
    expect(found.json.data.article?.id).toBe(id);
    expect((await gql(app, ARTICLE, { slug, locale: 'en' })).cache).toBe('HIT');

    expect((await app.graphql(`mutation ($id: ID!) { unpublishArticle(id: $id) { id } }`, { id }, editor)).errors).toBeUndefined();
    expect(titlesOf(await gql(app, FRONT_PAGE, list))).not.toContain('Breaking: the cache purges');
    expect((await gql(app, ARTICLE, { slug, locale: 'en' })).json.data.article).toBeNull();

    await app.graphql(`mutation ($id: ID!) { publishArticle(id: $id) { id } }`, { id }, editor);
    expect(titlesOf(await gql(app, FRONT_PAGE, list))[0]).toBe('Breaking: the cache purges');
    expect((await app.graphql(`mutation ($id: ID!) { deleteArticle(id: $id) }`, { id }, editor)).errors).toBeUndefined();
    expect(titlesOf(await gql(app, FRONT_PAGE, list))).not.toContain('Breaking: the cache purges');
    expect((await gql(app, ARTICLE, { slug, locale: 'en' })).json.data.article).toBeNull();
  });

  it('keeps serving what a draft edit does not change, and purges what a taxonomy rename changes', async () => {
    const article = await newestPublished(app, 'en', 1);
    const variables = { slug: article.slug, locale: 'en' };
    const before = await gql(app, ARTICLE, variables);
    expect(before.json.data.article.tags.length).toBeGreaterThan(0);
    expect((await gql(app, ARTICLE, variables)).cache).toBe('HIT');

    const draft = await app.graphql<{ createArticle: { id: string } }>(CREATE, { input: { locale: 'en', title: 'Another draft' } }, editor);
    await retitle(app, editor, draft.data!.createArticle.id, 'Another draft, edited');
    expect((await gql(app, ARTICLE, variables)).cache).toBe('HIT');

    const [{ tag_id: tagId }] = await app.dataSource.query(
      `SELECT st.tag_id FROM story_tag st WHERE st.story_id = $1 ORDER BY st.position LIMIT 1`,
      [article.storyId],
    );
    const renamed = await app.graphql(
      `mutation ($id: ID!, $input: TagTranslationFields!) { updateTagTranslation(id: $id, locale: "en", input: $input) { name } }`,
      { id: tagId, input: { name: 'Renamed by the desk' } },
      editor,
    );
    expect(renamed.errors).toBeUndefined();
    const after = await gql(app, ARTICLE, variables);
    expect(after.cache).toBe('MISS');
    expect(after.json.data.article.tags.map((tag: { name: string }) => tag.name)).toContain('Renamed by the desk');
  });

  it('caches REST reads with their ETag, and answers If-None-Match on a hit with 304', async () => {
    const article = await newestPublished(app, 'en', 6);
    const url = `${app.url}/api/articles/en/${article.slug}`;
    const first = await rawGet(url);
    expect(first).toMatchObject({ status: 200, headers: { 'x-cache': 'MISS' } });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const second = await rawGet(url);
    expect(second).toMatchObject({ status: 200, body: first.body, headers: { 'x-cache': 'HIT', etag } });
    expect(second.headers['surrogate-key']).toBe(first.headers['surrogate-key']);
    expect(second.headers['last-modified']).toBe(first.headers['last-modified']);
    const conditional = await rawGet(url, { 'If-None-Match': etag });
    expect(conditional).toMatchObject({ status: 304, headers: { 'x-cache': 'HIT' } });
    // The order of query parameters does not matter.
    const list = await rawGet(`${app.url}/api/articles?locale=en&limit=2`);
    expect(list.headers['x-cache']).toBe('MISS');
    expect(await rawGet(`${app.url}/api/articles?limit=2&locale=en`)).toMatchObject({ headers: { 'x-cache': 'HIT' }, body: list.body });
  });

  it('serves automatic persisted queries by GET from the cache', async () => {
    const query = `query ($locale: String!) { sections(locale: $locale) { slug name } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const unknown = await gql(app, '', { locale: 'en' }, { get: true, extensions });
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await gql(app, '', { locale: 'en' }, { get: true, extensions })).cache).toBe('MISS');
    expect((await gql(app, query, { locale: 'en' }, { get: true, extensions })).json.data.sections.length).toBeGreaterThan(0);
    const byHash = await gql(app, '', { locale: 'en' }, { get: true, extensions });
    expect(byHash).toMatchObject({ status: 200, cache: 'MISS' });
    expect(byHash.json.data.sections.length).toBeGreaterThan(0);
    expect(await gql(app, '', { locale: 'en' }, { get: true, extensions })).toMatchObject({ cache: 'HIT', text: byHash.text });
  });

  it('computes concurrent misses of one key once', async () => {
    const before = app.statements();
    expect((await gql(app, FRONT_PAGE, { locale: 'it', first: 4 })).cache).toBe('MISS');
    const once = app.statements() - before;
    const start = app.statements();
    const replies = await Promise.all(Array.from({ length: 10 }, () => gql(app, FRONT_PAGE, { locale: 'it', first: 6 })));
    expect(app.statements() - start).toBe(once);
    expect(replies.map((reply) => reply.cache).sort()).toEqual([...Array(9).fill('HIT'), 'MISS']);
    expect(new Set(replies.map((reply) => reply.text)).size).toBe(1);
  });

  it('purges the newsletter lists when the newsroom edits one', async () => {
    const LISTS = `query { newsletterLists(locale: "en") { key name } }`;
    const before = await gql(app, LISTS);
    expect((await gql(app, LISTS)).cache).toBe('HIT');
    const admin = (await actAs(app, Role.ADMIN)).headers;
    const created = await app.graphql(
      `mutation ($input: CreateNewsletterListInput!) { createNewsletterList(input: $input) { key } }`,
      { input: { key: 'cache-weekly', frequency: 'WEEKLY', translations: [{ locale: 'it', name: 'Settimanale' }, { locale: 'en', name: 'Weekly' }] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const after = await gql(app, LISTS);
    expect(after.cache).toBe('MISS');
    expect(after.json.data.newsletterLists.length).toBe(before.json.data.newsletterLists.length + 1);
  });
});

/** Resolves when `app` hears another instance purge `key`. */
function remotePurgeOf(app: TestApp, key: string): Promise<void> {
  return new Promise((resolve) => {
    const stop = app.app.get(ResponseCacheInvalidation).onRemotePurge((keys) => {
      if (!keys.includes(key)) return;
      stop();
      resolve();
    });
  });
}

describe('response cache, when the notification connection drops', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { RESPONSE_CACHE: 'true' } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('empties the cache and serves nothing from it until it listens again', async () => {
    const invalidation = app.app.get(ResponseCacheInvalidation);
    await invalidation.whenListening();
    const variables = { locale: 'en', first: 2 };
    await gql(app, FRONT_PAGE, variables);
    expect((await gql(app, FRONT_PAGE, variables)).cache).toBe('HIT');
    const lost = invalidation.whenLost();
    await app.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'redazione-cache-listener' AND datname = current_database()`);
    await lost;
    // Purges may have been missed: what was cached is gone, and nothing is stored until it listens again.
    expect((await gql(app, FRONT_PAGE, variables)).cache).toBe('MISS');
    await invalidation.whenListening();
    await gql(app, FRONT_PAGE, variables);
    expect((await gql(app, FRONT_PAGE, variables)).cache).toBe('HIT');
  });
});

describe('response cache, two instances with a cache each', () => {
  let first: TestApp;
  let second: TestApp;
  let editor: Headers;

  beforeAll(async () => {
    first = await startTestApp({ env: { RESPONSE_CACHE: 'true' } });
    second = await startTestApp({ env: { RESPONSE_CACHE: 'true' }, databaseUrl: (first.dataSource.options as { url: string }).url });
    editor = (await actAs(first, Role.EDITOR)).headers;
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('purges the other instance through PostgreSQL notifications', async () => {
    const article = await newestPublished(first, 'it');
    const variables = { slug: article.slug, locale: 'it' };
    await gql(second, ARTICLE, variables);
    expect((await gql(second, ARTICLE, variables)).cache).toBe('HIT');
    const heard = remotePurgeOf(second, article.id);
    await retitle(first, editor, article.id, 'Aggiornato su un’altra istanza');
    await heard;
    const read = await gql(second, ARTICLE, variables);
    expect(read.cache).toBe('MISS');
    expect(read.json.data.article.title).toBe('Aggiornato su un’altra istanza');
  });
});

const redisInstalled = spawnSync('redis-server', ['--version']).status === 0;
if (!redisInstalled && process.env.CI) throw new Error('redis-server is required in CI (see .ci/run)');

(redisInstalled ? describe : describe.skip)('response cache, two instances sharing Redis', () => {
  let redis: ChildProcess;
  let redisUrl: string;
  let first: TestApp;
  let second: TestApp;
  let editor: Headers;

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      redis.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      redis.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
    redisUrl = `redis://127.0.0.1:${port}`;
    const env = { RESPONSE_CACHE: 'true', REDIS_URL: redisUrl };
    first = await startTestApp({ env });
    second = await startTestApp({ env, databaseUrl: (first.dataSource.options as { url: string }).url });
    editor = (await actAs(first, Role.EDITOR)).headers;
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis.once('exit', resolve));
      redis.kill();
      await exited;
    }
  });

  it('serves on one instance what the other computed, and a purge on one is seen by the other', async () => {
    const article = await newestPublished(first, 'en', 2);
    const variables = { slug: article.slug, locale: 'en' };
    const computed = await gql(first, ARTICLE, variables);
    expect(computed.cache).toBe('MISS');
    expect(await gql(second, ARTICLE, variables)).toMatchObject({ cache: 'HIT', text: computed.text });

    await retitle(first, editor, article.id, 'Shared through Redis');
    const read = await gql(second, ARTICLE, variables);
    expect(read.cache).toBe('MISS');
    expect(read.json.data.article.title).toBe('Shared through Redis');
    expect((await gql(first, ARTICLE, variables)).cache).toBe('HIT');
  });

  it('refuses in Redis a response computed before a purge that landed meanwhile', async () => {
    const store = new RedisResponseStore(redisUrl, 60);
    await store.connect();
    try {
      const response = { status: 200, headers: [['content-type', 'application/json']] as [string, string][], body: Buffer.from('{"old":true}'), storedAt: Date.now() };
      const { generation } = await store.lookup('race');
      await store.purge(['article-x']);
      expect(await store.store('race', response, ['article-x'], generation)).toBe(false);
      const again = await store.lookup('race');
      expect(await store.store('race', response, ['article-x'], again.generation)).toBe(true);
      expect((await store.lookup('race')).entry?.body.toString()).toBe('{"old":true}');
      await store.purge(['article-x']);
      expect((await store.lookup('race')).entry).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
