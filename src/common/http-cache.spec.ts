import { describe, expect, it } from '@jest/globals';
import { cacheControlFor } from './http-cache.js';

const policy = { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 30 };

describe('cacheControlFor', () => {
  it('lets shared caches keep an anonymous successful query', () => {
    expect(cacheControlFor({ authenticated: false, successfulQuery: true }, policy)).toBe('public, max-age=60, stale-while-revalidate=30');
    expect(cacheControlFor({ authenticated: false, successfulQuery: true }, { ...policy, staleWhileRevalidateSeconds: 0 })).toBe('public, max-age=60');
  });

  it('stores nothing for a failed request or a mutation', () => {
    expect(cacheControlFor({ authenticated: false, successfulQuery: false }, policy)).toBe('no-store');
  });

  it('keeps anything an authenticated caller gets out of every cache', () => {
    expect(cacheControlFor({ authenticated: true, successfulQuery: true }, policy)).toBe('private, no-store');
    expect(cacheControlFor({ authenticated: true, successfulQuery: false }, policy)).toBe('private, no-store');
  });
});
