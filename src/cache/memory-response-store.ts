import { LRUCache } from 'lru-cache';
import type { CachedResponse, Lookup, ResponseStore } from './response-store.js';

interface Entry {
  response: CachedResponse;
  tags: readonly string[];
}

/** A rough per-entry overhead (objects, map slots) on top of the body, headers and tags. */
const OVERHEAD = 256;

function sizeOf({ response, tags }: Entry, key: string): number {
  let size = OVERHEAD + key.length + response.body.length;
  for (const [name, value] of response.headers) size += name.length + value.length;
  for (const tag of tags) size += tag.length + 48;
  return size;
}

/**
 * The response cache in this process: an LRU bounded by bytes (bodies, headers and the tag index) with
 * a TTL, and an index from surrogate key to the entries it tags, so a purge drops exactly those. Several
 * instances each keep their own and purge each other through PostgreSQL notifications (see
 * ResponseCacheInvalidation). While suspended (the notifications cannot be heard), it neither serves nor stores.
 */
export class MemoryResponseStore implements ResponseStore {
  private readonly entries: LRUCache<string, Entry>;
  private readonly keysByTag = new Map<string, Set<string>>();
  private generation = 0;
  private suspended = false;

  constructor(options: { maxBytes: number; ttlSeconds: number }) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: options.maxBytes,
      sizeCalculation: sizeOf,
      ttl: options.ttlSeconds * 1000,
      dispose: (entry, key) => this.unindex(key, entry.tags),
    });
  }

  async lookup(key: string): Promise<Lookup> {
    return { entry: this.suspended ? undefined : this.entries.get(key)?.response, generation: String(this.generation) };
  }

  async store(key: string, response: CachedResponse, tags: readonly string[], generation: string): Promise<boolean> {
    if (this.suspended || generation !== String(this.generation)) return false;
    this.entries.set(key, { response, tags });
    // set() may refuse an entry bigger than the whole cache.
    if (!this.entries.has(key)) return false;
    for (const tag of tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    return true;
  }

  async purge(tags: readonly string[]): Promise<void> {
    this.generation++;
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      this.keysByTag.delete(tag);
      for (const key of keys) this.entries.delete(key);
    }
  }

  async clear(): Promise<void> {
    this.generation++;
    this.entries.clear();
    this.keysByTag.clear();
  }

  /** Stops serving and storing (and forgets everything): purges may be missed from now on. */
  suspend(): void {
    this.suspended = true;
    void this.clear();
  }

  /** Serves again, from empty: whatever was missed while suspended cannot be in it. */
  resume(): void {
    void this.clear();
    this.suspended = false;
  }

  get isSuspended(): boolean {
    return this.suspended;
  }

  /** How many responses are kept (tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  async close(): Promise<void> {
    await this.clear();
  }

  private unindex(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) this.keysByTag.delete(tag);
    }
  }
}
