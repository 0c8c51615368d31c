import { describe, expect, it } from '@jest/globals';
import type { ContentChange } from './content-change.js';
import { TaggedCache } from './tagged-cache.js';

const change = (...surrogateKeys: string[]): ContentChange => ({ type: 'article.updated', paths: [], surrogateKeys });

describe('TaggedCache', () => {
  it('loads once, then serves the value until a change announces one of its tags', async () => {
    const cache = new TaggedCache<number>({ maxEntries: 10, ttlMs: 60_000 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('it', ['taxonomy'], load)).toBe(1);
    expect(await cache.get('it', ['taxonomy'], load)).toBe(1);
    cache.purge([change('articles-it')]);
    expect(await cache.get('it', ['taxonomy'], load)).toBe(1);
    cache.purge([change('taxonomy')]);
    expect(await cache.get('it', ['taxonomy'], load)).toBe(2);
  });

  it('drops a value still loading when a change lands, so a read that began before the commit is not kept', async () => {
    const cache = new TaggedCache<string>({ maxEntries: 10, ttlMs: 60_000 });
    let finish!: (value: string) => void;
    const slow = cache.get('it', ['taxonomy'], () => new Promise((resolve) => (finish = resolve)));
    cache.purge([change('taxonomy')]);
    finish('before the change');
    expect(await slow).toBe('before the change');
    expect(await cache.get('it', ['taxonomy'], async () => 'after the change')).toBe('after the change');
  });

  it('forgets failed loads, expired values and the oldest entries beyond its size', async () => {
    const cache = new TaggedCache<string>({ maxEntries: 2, ttlMs: 60_000 });
    await expect(cache.get('a', [], () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', [], async () => 'a')).toBe('a');
    await cache.get('b', [], async () => 'b');
    await cache.get('c', [], async () => 'c');
    expect(await cache.get('a', [], async () => 'a again')).toBe('a again');
    const expiring = new TaggedCache<string>({ maxEntries: 2, ttlMs: -1 });
    await expiring.get('x', [], async () => 'first');
    expect(await expiring.get('x', [], async () => 'second')).toBe('second');
  });
});
