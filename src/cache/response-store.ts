/** A response as the cache replays it: the status, the headers that describe the body, and the body. */
export interface CachedResponse {
  status: number;
  /** Content-Type, Cache-Control, Vary, ETag, Last-Modified, Surrogate-Key...: never per-connection headers. */
  headers: [string, string][];
  body: Buffer;
  /** Epoch milliseconds, for the Age header. */
  storedAt: number;
}

/** What a lookup found, and the purge generation it saw: a response computed after a miss is stored only if it did not move. */
export interface Lookup {
  entry?: CachedResponse;
  generation: string;
}

/**
 * Where responses are kept, tagged with the surrogate keys of what they show. The generation moves with
 * every purge: `store` refuses a response computed from a lookup of an older generation, since it may
 * have read the database before the change that purged (the stale-after-commit race).
 */
export interface ResponseStore {
  lookup(key: string): Promise<Lookup>;
  /** Keeps the response under `key` unless a purge happened since `generation`; says whether it did. */
  store(key: string, response: CachedResponse, tags: readonly string[], generation: string): Promise<boolean>;
  /** Drops every response tagged with one of the keys, and moves the generation. */
  purge(tags: readonly string[]): Promise<void>;
  /** Drops everything (and moves the generation). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
