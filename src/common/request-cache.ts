const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * Memoizes `create()` for the lifetime of one request (the request object is the key, so nothing
 * outlives it): per-request DataLoaders and small lookups such as the section tree.
 */
export function perRequest<T>(request: object, key: string, create: () => T): T {
  let cache = caches.get(request);
  if (!cache) {
    cache = new Map();
    caches.set(request, cache);
  }
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
}
