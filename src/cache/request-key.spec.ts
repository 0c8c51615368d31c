import { describe, expect, it } from '@jest/globals';
import { isFresh } from './response-cache.js';
import { purgePayloads } from './response-cache-invalidation.js';
import { canonicalJson, RequestKeys, type KeyedRequest } from './request-key.js';

const keys = new RequestKeys({ maxTokens: 2000 });
const post = (body: unknown, headers: KeyedRequest['headers'] = {}): KeyedRequest => ({
  method: 'POST',
  originalUrl: '/graphql',
  query: {},
  body,
  headers: { 'content-type': 'application/json', ...headers },
});
const get = (query: Record<string, string>, headers: KeyedRequest['headers'] = {}): KeyedRequest => ({ method: 'GET', originalUrl: '/graphql', query, headers });

describe('RequestKeys', () => {
  const QUERY = 'query ($slug: String!, $locale: String!) { article(slug: $slug, locale: $locale) { id title } }';

  it('gives one key to one operation, whatever its spacing, comments, variable order or method', () => {
    const key = keys.graphql(post({ query: QUERY, variables: { slug: 'a', locale: 'en' } }));
    expect(key).toBeDefined();
    const respaced = 'query($slug:String!,$locale:String!){\n  article(slug:$slug,locale:$locale){ id, title } # why\n}';
    expect(keys.graphql(post({ query: respaced, variables: { locale: 'en', slug: 'a' } }))).toBe(key);
    expect(keys.graphql(get({ query: respaced, variables: '{"locale":"en","slug":"a"}' }))).toBe(key);
    expect(keys.graphql(post({ query: QUERY, variables: { slug: 'b', locale: 'en' } }))).not.toBe(key);
    expect(keys.graphql(post({ query: QUERY, variables: { slug: 'a', locale: 'en' } }, { accept: 'application/json' }))).not.toBe(key);
  });

  it('has no key for mutations, unparsable documents and requests Apollo would refuse', () => {
    expect(keys.graphql(post({ query: 'mutation { login(email: "a", password: "b") { accessToken } }' }))).toBeUndefined();
    expect(keys.graphql(post({ query: '{ articles(' }))).toBeUndefined();
    expect(keys.graphql(get({ query: QUERY, variables: '{not json' }))).toBeUndefined();
    expect(keys.graphql(get({ query: QUERY }, { 'content-type': 'text/plain' }))).toBeUndefined();
    expect(keys.graphql(post({ query: QUERY }, { 'content-type': 'application/x-www-form-urlencoded' }))).toBeUndefined();
    expect(keys.graphql(post([{ query: QUERY }]))).toBeUndefined();
  });

  it('keys a persisted query sent by hash alone by its hash, and keeps the hash in the key of a text', () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'abc' } };
    const byHash = keys.graphql(get({ extensions: JSON.stringify(extensions) }));
    expect(byHash).toBeDefined();
    expect(keys.graphql(get({ query: QUERY, extensions: JSON.stringify(extensions) }))).not.toBe(keys.graphql(get({ query: QUERY })));
  });

  it('keys REST reads by path and sorted parameters', () => {
    const rest = (originalUrl: string) => keys.rest({ method: 'GET', originalUrl, query: {}, headers: {} });
    expect(rest('/api/articles?locale=en&limit=2')).toBe(rest('/api/articles?limit=2&locale=en'));
    expect(rest('/api/articles?locale=en')).not.toBe(rest('/api/articles?locale=it'));
  });

  it('writes canonical JSON', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('purgePayloads', () => {
  it('splits many keys into notifications under the PostgreSQL limit', () => {
    const ids = Array.from({ length: 500 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    const payloads = purgePayloads('me', ids);
    expect(payloads.length).toBeGreaterThan(1);
    for (const payload of payloads) expect(payload.length).toBeLessThan(8000);
    expect(payloads.flatMap((payload) => payload.split(' ').slice(1))).toEqual(ids);
  });
});

describe('isFresh', () => {
  const entry = { headers: [['etag', '"abc"'], ['last-modified', 'Mon, 30 Nov 2026 06:00:00 GMT']] as [string, string][] };

  it('follows the rules Express applies to conditional GETs', () => {
    expect(isFresh({}, entry)).toBe(false);
    expect(isFresh({ 'if-none-match': '"abc"' }, entry)).toBe(true);
    expect(isFresh({ 'if-none-match': '"x", W/"abc"' }, entry)).toBe(true);
    expect(isFresh({ 'if-none-match': '"x"' }, entry)).toBe(false);
    expect(isFresh({ 'if-none-match': '"abc"', 'cache-control': 'no-cache' }, entry)).toBe(false);
    expect(isFresh({ 'if-modified-since': 'Mon, 30 Nov 2026 07:00:00 GMT' }, entry)).toBe(true);
    expect(isFresh({ 'if-modified-since': 'Mon, 30 Nov 2026 05:00:00 GMT' }, entry)).toBe(false);
  });
});
