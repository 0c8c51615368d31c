import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from './support/test-app.js';

interface HttpResult {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

interface Request {
  method?: 'GET' | 'POST' | 'PUT';
  /** GET: sent as search parameters (objects JSON-encoded); POST: the JSON body. */
  payload?: { query?: string; operationName?: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> };
  headers?: Record<string, string>;
  /** A raw POST body, sent as is. */
  rawBody?: string;
}

/** One HTTP exchange with /graphql, as a client or a CDN sees it. */
async function send(app: TestApp, { method = 'POST', payload = {}, headers = {}, rawBody }: Request): Promise<HttpResult> {
  const url = new URL(`${app.url}/graphql`);
  let body: string | undefined;
  if (method === 'GET') {
    for (const [name, value] of Object.entries(payload)) url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  } else {
    body = rawBody ?? JSON.stringify(payload);
    headers = { 'content-type': 'application/json', ...headers };
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

const get = (app: TestApp, payload: Request['payload'], headers?: Record<string, string>) => send(app, { method: 'GET', payload, headers });
const post = (app: TestApp, payload: Request['payload'], headers?: Record<string, string>) => send(app, { payload, headers });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });
const repeat = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index)).join(' ');

const FRONT_PAGE = `query FrontPage($locale: String!) { articles(locale: $locale, first: 2) { totalCount edges { node { slug } } } }`;
const SLUG = 'eu-south-korea-sign-defence-agreement';

/** Nested introspection reaches any depth with the current schema: `__type` is depth 1, `name` is depth `levels`. */
const nested = (levels: number) => `{ __type(name: "Article") { fields { type { ${'ofType { '.repeat(levels - 4)}name${' }'.repeat(levels - 4)} } } } }`;

/**
 * A page of 100 articles with 12 scalar fields costs, in graphql-armor's model,
 * 100 x (2 + 1.5 x (edges: 2 + 1.5 x (node: 2 + 1.5 x 12))) = 5,000; `totalCount` adds 100 x 1.5.
 */
const PAGE_FIELDS = 'id locale publishedAt readingTimeMinutes slug status storyId subtitle title translationCredit updatedAt version';
const costly = (pages: number, withCount: boolean) =>
  `{ ${repeat(pages, (index) => `p${index}: articles(locale: "it", first: 100) { ${withCount && index === 0 ? 'totalCount ' : ''}edges { node { ${PAGE_FIELDS} } } }`)} }`;

const CACHEABLE = 'public, max-age=60, stale-while-revalidate=30';

/** A mutation any anonymous client may run: a newsletter sign-up (its email only lands in the outbox). */
const SIGN_UP = `mutation { subscribeToNewsletter(input: { email: "http-probe@example.org", lists: ["breaking"], locale: "en", consent: true }) { accepted } }`;

describe('GraphQL over HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  /** Sends a query that breaks a limit: it must be refused before any SQL runs, with BAD_USER_INPUT naming the limit. */
  async function expectRefused(query: string, limit: string, message: RegExp, operationName?: string): Promise<void> {
    const before = app.statements();
    const { status, body, headers } = await post(app, { query, operationName });
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', limit });
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(status).toBe(400);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(app.statements()).toBe(before);
  }

  async function expectAccepted(query: string, operationName?: string): Promise<void> {
    const { status, body } = await post(app, { query, operationName });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  }

  describe('query limits', () => {
    it('accepts a depth of 10 and refuses 11', async () => {
      await expectAccepted(nested(10));
      await expectRefused(nested(11), 'DEPTH', /depth limit of 10 exceeded, found 11/);
    });

    it('counts the fields inside a fragment, not the fragment itself, as depth', async () => {
      await expectAccepted(`{ __type(name: "Article") { ...deep } } fragment deep on __Type { fields { type { ${'ofType { '.repeat(6)}name${' }'.repeat(6)} } } }`);
    });

    it('accepts a cost of 50,000 and refuses 50,150', async () => {
      await expectAccepted(costly(10, false));
      await expectRefused(costly(10, true), 'COST', /Cost limit of 50000 exceeded, found 50150/);
    });

    it('accepts 15 aliases and refuses 16', async () => {
      const aliased = (count: number) => `{ article(slug: "${SLUG}", locale: "en") { ${repeat(count, (index) => `a${index}: id`)} } }`;
      await expectAccepted(aliased(15));
      await expectRefused(aliased(16), 'ALIASES', /Aliases limit of 15 exceeded, found 16/);
    });

    it('accepts 20 directives and refuses 21', async () => {
      const directed = (count: number) => `{ ${repeat(count, () => '__typename @include(if: true)')} }`;
      await expectAccepted(directed(20));
      await expectRefused(directed(21), 'DIRECTIVES', /Directives limit of 20 exceeded, found 21/);
    });

    it('accepts 2,000 tokens and refuses 2,001, while parsing', async () => {
      // 400 operations of 5 tokens (`query Qn { __typename }`); repeating a field in one would trip
      // graphql-js's own overlap budget instead.
      const tokens = (extra: number) => repeat(400, (index) => `query Q${index} { __typename${index === 0 ? ' __typename'.repeat(extra) : ''} }`);
      await expectAccepted(tokens(0), 'Q0');
      await expectRefused(tokens(1), 'TOKENS', /Document contains more tha[nt] 2000 tokens/, 'Q0');
    });

    it('lets the full introspection query through, as code generators send it', async () => {
      const { status, body } = await post(app, { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, directiveIsRepeatable: true }) });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.__schema).toBeDefined();
    });

    it('keeps GRAPHQL_VALIDATION_FAILED for other invalid queries, with field suggestions in development', async () => {
      const { status, body } = await post(app, { query: '{ articles(locale: "it") { totalCont } }' });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors?.[0]?.message).toContain('Did you mean "totalCount"?');
    });

    it('keeps BAD_USER_INPUT for variables of the wrong type', async () => {
      const { status, body } = await post(app, { query: FRONT_PAGE, variables: { locale: 42 } });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('GET', () => {
    it('serves an anonymous query with variables', async () => {
      const { status, body } = await get(app, { query: FRONT_PAGE, variables: { locale: 'it' } });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.articles).toMatchObject({ edges: [expect.anything(), expect.anything()] });
    });

    it('refuses a mutation with 405 and Allow: POST, and runs it over POST', async () => {
      const refused = await get(app, { query: SIGN_UP });
      expect(refused.status).toBe(405);
      expect(refused.headers.get('allow')).toBe('POST');
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      const accepted = await post(app, { query: SIGN_UP });
      expect(accepted.body).toEqual({ data: { subscribeToNewsletter: { accepted: true } } });
    });
  });

  describe('automatic persisted queries', () => {
    it.each(['GET', 'POST'] as const)('over %s: an unknown hash is PersistedQueryNotFound; once registered, the hash alone runs the query', async (method) => {
      const query = `query Persisted${method} { articles(locale: "en", first: 1) { totalCount } }`;
      const unknown = await send(app, { method, payload: { extensions: persisted(query) } });
      expect(unknown.status).toBe(200);
      expect(unknown.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
      expect(unknown.headers.get('cache-control')).toBe('no-store');

      const registered = await send(app, { method, payload: { query, extensions: persisted(query) } });
      expect(registered.body.errors).toBeUndefined();
      const expected = registered.body.data;
      expect(expected).toEqual({ articles: { totalCount: expect.any(Number) } });

      const byHash = await send(app, { method, payload: { extensions: persisted(query) } });
      expect(byHash.status).toBe(200);
      expect(byHash.body).toEqual({ data: expected });
      expect(byHash.headers.get('cache-control')).toBe(CACHEABLE);
    });

    it('refuses a hash that does not match the query', async () => {
      const { status, body } = await post(app, { query: FRONT_PAGE, variables: { locale: 'it' }, extensions: persisted('{ something { else } }') });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toBe('provided sha does not match query');
    });

    it('does not register a query that breaks a limit', async () => {
      const query = nested(11);
      expect((await get(app, { query, extensions: persisted(query) })).status).toBe(400);
      const byHash = await get(app, { extensions: persisted(query) });
      expect(byHash.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });

  describe('Cache-Control', () => {
    it.each(['GET', 'POST'] as const)('lets shared caches keep an anonymous successful query over %s', async (method) => {
      const { status, headers } = await send(app, { method, payload: { query: FRONT_PAGE, variables: { locale: 'en' } } });
      expect(status).toBe(200);
      expect(headers.get('cache-control')).toBe(CACHEABLE);
      expect(headers.get('vary')).toBe('Accept, Authorization');
    });

    it('keeps a request with an Authorization header out of every cache', async () => {
      const { status, headers } = await get(app, { query: FRONT_PAGE, variables: { locale: 'en' } }, { authorization: 'Bearer some-token' });
      expect(status).toBe(200);
      expect(headers.get('cache-control')).toBe('private, no-store');
      expect(headers.get('vary')).toBe('Accept, Authorization');
    });

    it('never stores a response with errors, even partial data', async () => {
      const failed = await get(app, { query: '{ article(slug: "x", locale: "fr") { id } }' });
      expect(failed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(failed.headers.get('cache-control')).toBe('no-store');
      const partial = await get(app, { query: `{ ok: article(slug: "${SLUG}", locale: "en") { id } bad: article(slug: "x", locale: "fr") { id } }` });
      expect(partial.body.data?.ok).not.toBeNull();
      expect(partial.headers.get('cache-control')).toBe('no-store');
      const invalid = await get(app, { query: '{ nothing }' });
      expect(invalid.headers.get('cache-control')).toBe('no-store');
    });

    it('never stores the result of a mutation', async () => {
      const { body, headers } = await post(app, { query: SIGN_UP });
      expect(body.errors).toBeUndefined();
      expect(headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('GraphQL-over-HTTP conformance', () => {
    const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
    const JSON_RESPONSE = 'application/json; charset=utf-8';

    it.each([
      ['application/graphql-response+json', GRAPHQL_RESPONSE],
      ['application/json', JSON_RESPONSE],
      ['application/graphql-response+json, application/json;q=0.9', GRAPHQL_RESPONSE],
      ['*/*', JSON_RESPONSE],
    ])('answers Accept: %s with %s', async (accept, contentType) => {
      for (const method of ['GET', 'POST'] as const) {
        const { status, headers } = await send(app, { method, payload: { query: FRONT_PAGE, variables: { locale: 'it' } }, headers: { accept } });
        expect([method, status, headers.get('content-type')]).toEqual([method, 200, contentType]);
      }
    });

    it('answers application/json when the client sends no Accept header', async () => {
      const { headers } = await post(app, { query: FRONT_PAGE, variables: { locale: 'it' } });
      expect(headers.get('content-type')).toBe(JSON_RESPONSE);
    });

    // The spec requires 4xx with application/graphql-response+json and allows it with application/json
    // (where 200 is recommended): Apollo answers 400 for both, and so do we.
    it.each(['application/graphql-response+json', 'application/json'])('answers 400 to parse and validation errors with Accept: %s', async (accept) => {
      const unparsable = await post(app, { query: '{ articles(' }, { accept });
      expect([unparsable.status, unparsable.body.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
      expect(unparsable.body.data).toBeUndefined();
      const invalid = await get(app, { query: '{ nothing }' }, { accept });
      expect([invalid.status, invalid.body.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED']);
    });

    it('answers 200 when the request is valid but execution fails', async () => {
      const { status, body } = await post(app, { query: '{ article(slug: "x", locale: "fr") { id } }' }, { accept: 'application/graphql-response+json' });
      expect(status).toBe(200);
      expect(body.data).toEqual({ article: null });
    });

    it('answers 400 when the query is missing', async () => {
      for (const request of [{ method: 'GET' } as const, { method: 'POST', payload: { variables: {} } } as const, { method: 'POST', rawBody: '{}' } as const]) {
        const { status, body } = await send(app, request);
        expect([request.method, status, body.errors?.[0]?.extensions?.code]).toEqual([request.method, 400, 'BAD_REQUEST']);
      }
    });

    it('answers 415 to a GET with a body media type other than JSON', async () => {
      const { status } = await get(app, { query: FRONT_PAGE, variables: { locale: 'it' } }, { 'content-type': 'text/plain' });
      expect(status).toBe(415);
    });

    it('answers 400 to a POST whose body is not JSON', async () => {
      const { status, body } = await send(app, { rawBody: 'query { __typename }', headers: { 'content-type': 'text/plain' } });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    });

    it('answers 406 when the client accepts no JSON', async () => {
      const { status } = await post(app, { query: FRONT_PAGE, variables: { locale: 'it' } }, { accept: 'application/xml' });
      expect(status).toBe(406);
    });

    it('answers 405 with Allow: GET, POST to other methods', async () => {
      const { status, headers } = await send(app, { method: 'PUT', payload: { query: FRONT_PAGE } });
      expect(status).toBe(405);
      expect(headers.get('allow')).toBe('GET, POST');
    });
  });
});

describe('GraphQL over HTTP in production, with other settings', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      env: { NODE_ENV: 'production', HTTP_CACHE_MAX_AGE_SECONDS: '300', HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS: '0', GRAPHQL_MAX_DEPTH: '4' },
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('hides field and argument suggestions', async () => {
    const field = await post(app, { query: '{ articles(locale: "it") { totalCont } }' });
    expect(field.body.errors?.[0]?.message).toBe('Cannot query field "totalCont" on type "ArticleConnection".');
    const argument = await post(app, { query: '{ articles(locale: "it", frist: 2) { totalCount } }' });
    expect(argument.body.errors?.[0]?.message).not.toContain('Did you mean');
  });

  it('uses the configured max-age, without stale-while-revalidate when it is 0', async () => {
    const { headers } = await get(app, { query: FRONT_PAGE, variables: { locale: 'it' } });
    expect(headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('uses the configured depth limit', async () => {
    const { status, body } = await post(app, { query: '{ articles(locale: "it", first: 1) { edges { node { slug } } pageInfo { endCursor } } }' });
    expect([status, body.errors]).toEqual([200, undefined]);
    const tooDeep = await post(app, { query: nested(5) });
    expect(tooDeep.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'DEPTH' });
  });
});
