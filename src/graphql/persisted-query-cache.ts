import type { PersistedQueryOptions } from '@apollo/server';
import { LRUCache } from 'lru-cache';

type QueryCache = NonNullable<PersistedQueryOptions['cache']>;

/**
 * Apollo's store for automatic persisted queries (query text by sha256 hash), kept in this process and
 * bounded by the total length of the queries it holds (in characters, a close enough proxy for
 * memory): the least recently used go first. Apollo only
 * stores a query that parsed and validated, so the cache cannot be filled with junk.
 */
export function persistedQueryCache(maxMegabytes: number): QueryCache {
  const queries = new LRUCache<string, string>({
    maxSize: maxMegabytes * 1024 * 1024,
    sizeCalculation: (query, hash) => query.length + hash.length,
  });
  return {
    get: async (hash) => queries.get(hash),
    set: async (hash, query) => void queries.set(hash, query),
    delete: async (hash) => queries.delete(hash),
  };
}
