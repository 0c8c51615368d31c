import { describe, expect, it } from '@jest/globals';
import { MemoryResponseStore } from './memory-response-store.js';
import type { CachedResponse } from './response-store.js';

function response(body: string): CachedResponse {
  return { status: 200, headers: [['content-type', 'application/json']], body: Buffer.from(body), storedAt: Date.now() };
}

describe('MemoryResponseStore', () => {
  const newStore = (maxBytes = 1024 * 1024) => new MemoryResponseStore({ maxBytes, ttlSeconds: 60 });

  it('serves what it stored, and a purge drops exactly the responses tagged with its keys', async () => {
    const store = newStore();
    for (const [key, tags] of [['a', ['article-1', 'articles-en']], ['b', ['article-2']], ['c', ['taxonomy']]] as const) {
      const { generation } = await store.lookup(key);
      expect(await store.store(key, response(key), tags, generation)).toBe(true);
    }
    expect((await store.lookup('a')).entry?.body.toString()).toBe('a');
    await store.purge(['articles-en', 'taxonomy']);
    expect((await store.lookup('a')).entry).toBeUndefined();
    expect((await store.lookup('b')).entry?.body.toString()).toBe('b');
    expect((await store.lookup('c')).entry).toBeUndefined();
  });

  it('refuses a response computed before a purge that landed while it was computed (the stale-after-commit race)', async () => {
    const store = newStore();
    const missed = await store.lookup('page');
    // The request reads the database here; meanwhile a change commits and purges (even of other keys).
    await store.purge(['article-9']);
    expect(await store.store('page', response('old'), ['article-9'], missed.generation)).toBe(false);
    expect((await store.lookup('page')).entry).toBeUndefined();
    const again = await store.lookup('page');
    expect(await store.store('page', response('new'), ['article-9'], again.generation)).toBe(true);
    expect((await store.lookup('page')).entry?.body.toString()).toBe('new');
  });

  it('stays within its byte budget, evicting the least recently used, and forgets their tags', async () => {
    const store = newStore(64 * 1024);
    const body = 'x'.repeat(10 * 1024);
    for (let index = 0; index < 20; index++) await store.store(`k${index}`, response(body), [`tag-${index}`, 'shared'], (await store.lookup(`k${index}`)).generation);
    expect(store.size).toBeLessThanOrEqual(6);
    expect(store.has('k19')).toBe(true);
    expect(store.has('k0')).toBe(false);
    await store.purge(['shared']);
    expect(store.size).toBe(0);
  });

  it('neither serves nor stores while suspended, and starts empty when resumed', async () => {
    const store = newStore();
    await store.store('a', response('a'), ['t'], (await store.lookup('a')).generation);
    store.suspend();
    expect((await store.lookup('a')).entry).toBeUndefined();
    expect(await store.store('b', response('b'), ['t'], (await store.lookup('b')).generation)).toBe(false);
    store.resume();
    expect(store.size).toBe(0);
    expect(await store.store('b', response('b'), ['t'], (await store.lookup('b')).generation)).toBe(true);
  });
});
