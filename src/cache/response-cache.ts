import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { queryParseOptions } from '../graphql/query-limits.js';
import { RequestKeys } from './request-key.js';
import type { CachedResponse, ResponseStore } from './response-store.js';
import { newResponseScope, runInResponseScope, type ResponseScope } from './response-tags.js';

/** The store of this app, or null when RESPONSE_CACHE is off. */
export const RESPONSE_STORE = Symbol('ResponseStore');

/** Headers that belong to one connection or one delivery, never replayed. */
const NOT_REPLAYED = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-cache', 'age']);

function isGraphQL(url: string): boolean {
  return url === '/graphql' || url.startsWith('/graphql?');
}

/**
 * The response cache of anonymous reads, in front of Apollo and the REST controllers: a hit is written
 * from the stored bytes without parsing, validating or executing anything. A miss runs the request in a
 * response scope (which collects the surrogate keys of what it shows) and stores the response only when
 * it is a 200 marked public, not marked uncacheable, and no purge happened since the lookup. Concurrent
 * misses of one key wait for the first (single flight), so a burst on a just-purged page computes it once.
 */
@Injectable()
export class ResponseCache {
  private readonly logger = new Logger('ResponseCache');
  private readonly keys: RequestKeys;
  private readonly inflight = new Map<string, Promise<CachedResponse | null>>();
  private lookupFailing = false;

  constructor(
    @Inject(RESPONSE_STORE) private readonly store: ResponseStore | null,
    config: AppConfig,
  ) {
    this.keys = new RequestKeys(queryParseOptions(config));
  }

  /** The Express middleware: every GraphQL request and REST read goes through here. */
  handle(request: Request, response: Response, next: NextFunction): void {
    const scope = newResponseScope();
    const key = this.keyOf(request);
    if (!key) {
      if (this.store) response.setHeader('X-Cache', 'BYPASS');
      runInResponseScope(scope, next);
      return;
    }
    this.serve(response, next, scope, key).catch(next);
  }

  /** The key of an anonymous read that may be cached; undefined for anything else. */
  private keyOf(request: Request): string | undefined {
    if (!this.store || request.headers.authorization) return undefined;
    if (isGraphQL(request.originalUrl)) return request.method === 'GET' || request.method === 'POST' ? this.keys.graphql(request) : undefined;
    return request.method === 'GET' ? this.keys.rest(request) : undefined;
  }

  private async serve(response: Response, next: NextFunction, scope: ResponseScope, key: string): Promise<void> {
    const store = this.store!;
    let generation: string;
    try {
      const lookup = await store.lookup(key);
      if (lookup.entry) return replay(response, lookup.entry);
      generation = lookup.generation;
      this.lookupFailing = false;
    } catch (error) {
      if (!this.lookupFailing) this.logger.warn(`lookups fail, serving without the cache: ${error instanceof Error ? error.message : String(error)}`);
      this.lookupFailing = true;
      response.setHeader('X-Cache', 'BYPASS');
      return runInResponseScope(scope, next);
    }
    const pending = this.inflight.get(key);
    if (pending) {
      const computed = await pending;
      if (computed) return replay(response, computed);
      // The first one could not be stored (an error, a purge meanwhile): compute it here, without waiting again.
      response.setHeader('X-Cache', 'MISS');
      return runInResponseScope(scope, next);
    }
    let settle!: (computed: CachedResponse | null) => void;
    const computing = new Promise<CachedResponse | null>((resolve) => (settle = resolve));
    this.inflight.set(key, computing);
    const done = (computed: CachedResponse | null) => {
      if (this.inflight.get(key) === computing) this.inflight.delete(key);
      settle(computed);
    };
    let captured = false;
    capture(response, scope, (computed) => {
      captured = true;
      if (!computed) return done(null);
      store.store(key, computed, [...scope.tags], generation).then(
        (stored) => done(stored ? computed : null),
        (error: unknown) => {
          this.logger.warn(`a response could not be stored: ${error instanceof Error ? error.message : String(error)}`);
          done(null);
        },
      );
    });
    response.once('close', () => captured || done(null));
    response.setHeader('X-Cache', 'MISS');
    runInResponseScope(scope, next);
  }
}

/** Writes a stored response; Express answers If-None-Match / If-Modified-Since with 304 from its ETag and Last-Modified. */
function replay(response: Response, entry: CachedResponse): void {
  response.statusCode = entry.status;
  for (const [name, value] of entry.headers) response.setHeader(name, value);
  response.setHeader('X-Cache', 'HIT');
  response.setHeader('Age', String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000))));
  response.send(entry.body);
}

/** Hands the response to `onEnd` as it is sent, or null when it must not be stored. Only this request's `end` is wrapped. */
function capture(response: Response, scope: ResponseScope, onEnd: (computed: CachedResponse | null) => void): void {
  const end = response.end;
  const write = response.write;
  let streamed = false;
  response.write = function (this: Response, ...args: unknown[]) {
    streamed = true;
    return (write as (...args: unknown[]) => boolean).apply(this, args);
  } as Response['write'];
  response.end = function (this: Response, ...args: unknown[]) {
    response.end = end;
    response.write = write;
    const [chunk, encoding] = args;
    onEnd(streamed ? null : storable(response, scope, chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined));
    return (end as (...args: unknown[]) => Response).apply(this, args);
  } as Response['end'];
}

function storable(response: Response, scope: ResponseScope, chunk: unknown, encoding: BufferEncoding | undefined): CachedResponse | null {
  if (response.statusCode !== 200 || scope.uncacheable || response.getHeader('set-cookie')) return null;
  const cacheControl = response.getHeader('cache-control');
  if (typeof cacheControl !== 'string' || !cacheControl.startsWith('public')) return null;
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return null;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || NOT_REPLAYED.has(name)) continue;
    headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
  }
  const body = typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk);
  return { status: 200, headers, body, storedAt: Date.now() };
}
