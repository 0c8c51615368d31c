import type { ContentChange } from './content-change.js';

interface Entry<V> {
  value: Promise<V>;
  tags: readonly string[];
  expiresAt: number;
}

export interface TaggedCacheOptions {
  /** Entries kept at most; the oldest go first. */
  maxEntries: number;
  /** A safety net only: changes purge what they touch at once. */
  ttlMs: number;
}

/**
 * A small in-process cache of values derived from public content (the section tree, list counts),
 * each entry tagged with surrogate keys and dropped when a committed change announces one of them.
 * An entry still loading is dropped too: its load may have read what the change replaced.
 */
export class TaggedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly options: TaggedCacheOptions) {}

  get(key: string, tags: readonly string[], load: () => Promise<V>): Promise<V> {
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > now) return cached.value;
    const value = load();
    const entry = { value, tags, expiresAt: now + this.options.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  /** Drops every entry tagged with a key the changes announce. */
  purge(changes: readonly ContentChange[]): void {
    const keys = new Set(changes.flatMap((change) => change.surrogateKeys));
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => keys.has(tag))) this.entries.delete(key);
  }
}
