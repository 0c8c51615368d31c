import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { CachedResponse, Lookup, ResponseStore } from './response-store.js';

/** One hash tag for every key, so the scripts' keys share a slot (Redis Cluster) and the cache can share a server. */
const PREFIX = '{redazione-response-cache}:';
const GENERATION = `${PREFIX}generation`;
const entryKey = (key: string) => `${PREFIX}r:${key}`;
const tagKey = (tag: string) => `${PREFIX}t:${tag}`;

/** Stores the entry and indexes it under its tags, unless a purge moved the generation since the lookup. */
const STORE = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
for i = 3, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[2])
  redis.call('EXPIRE', KEYS[i], ARGV[3])
end
return 1`;

/** Moves the generation, then drops every entry a tag lists, and the tag. */
const PURGE = `
redis.call('INCR', KEYS[1])
for i = 2, #KEYS do
  local members = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #members, 500 do
    redis.call('DEL', unpack(members, j, math.min(j + 499, #members)))
  end
  redis.call('DEL', KEYS[i])
end
return 1`;

/** status, headers and time as JSON, then the body: `[length of the JSON, 4 bytes][JSON][body]`. */
export function encodeResponse(response: CachedResponse): Buffer {
  const head = Buffer.from(JSON.stringify([response.status, response.headers, response.storedAt]));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, response.body]);
}

export function decodeResponse(value: Buffer): CachedResponse {
  const length = value.readUInt32BE(0);
  const [status, headers, storedAt] = JSON.parse(value.subarray(4, 4 + length).toString()) as [number, [string, string][], number];
  return { status, headers, storedAt, body: value.subarray(4 + length) };
}

/**
 * The response cache in Redis, shared by every API instance: entries with a TTL, a set per surrogate key
 * listing the entries it tags, and a generation that every purge moves. Storing and purging are Lua
 * scripts, so a response computed before a purge can never be stored after it. When Redis cannot be
 * reached, lookups fail (the request is served without the cache) and a purge that failed is retried
 * as soon as the connection is back.
 */
export class RedisResponseStore implements ResponseStore {
  private readonly logger = new Logger('ResponseCache');
  private readonly redis: Redis;
  private readonly pendingPurge = new Set<string>();

  constructor(
    url: string,
    private readonly ttlSeconds: number,
  ) {
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2000, lazyConnect: true });
    this.redis.on('error', (error: Error) => this.logger.warn(`redis: ${error.message}`));
    this.redis.on('ready', () => void this.retryPurge().catch(() => undefined));
  }

  /** Connects (the app starts even when Redis is down: requests are then served without the cache). */
  async connect(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (error) {
      this.logger.warn(`redis is not reachable yet: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async lookup(key: string): Promise<Lookup> {
    const [value, generation] = await this.redis.mgetBuffer(entryKey(key), GENERATION);
    return { entry: value ? decodeResponse(value) : undefined, generation: generation?.toString() ?? '0' };
  }

  async store(key: string, response: CachedResponse, tags: readonly string[], generation: string): Promise<boolean> {
    const stored = await this.redis.eval(STORE, 2 + tags.length, GENERATION, entryKey(key), ...tags.map(tagKey), generation, encodeResponse(response), this.ttlSeconds);
    return stored === 1;
  }

  async purge(tags: readonly string[]): Promise<void> {
    for (const tag of tags) this.pendingPurge.add(tag);
    await this.retryPurge();
  }

  async clear(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await this.redis.incr(GENERATION);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  /** Runs the purges not yet done; on failure they stay pending until the connection is ready again. */
  private async retryPurge(): Promise<void> {
    if (this.pendingPurge.size === 0) return;
    const tags = [...this.pendingPurge];
    try {
      await this.redis.eval(PURGE, 1 + tags.length, GENERATION, ...tags.map(tagKey));
      for (const tag of tags) this.pendingPurge.delete(tag);
    } catch (error) {
      this.logger.error(`purge of ${tags.length} key(s) failed, retried when Redis is back: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }
}
