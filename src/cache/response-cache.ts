import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { queryParseOptions } from '../graphql/query-limits.js';
import { RequestKeys } from './request-key.js';
import type { CachedResponse, ResponseStore } from './response-store.js';
import { currentResponseScope, newResponseScope, runInResponseScope, type ResponseScope } from './response-tags.js';

/** The store of this app, or null when RESPONSE_CACHE is off. */
export const RESPONSE_STORE = Symbol('ResponseStore');

/** Headers that belong to one connection or one delivery, never replayed. */
const NOT_REPLAYED = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-cache', 'age']);

function isGraphQL(url: string): boolean {
  return url === '/graphql' || url.startsWith('/graphql?');
}

function isRead(url: string): boolean {
  return isGraphQL(url) || url.startsWith('/api/');
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

  /**
   * Answers a GET hit from the HTTP server's request event, before Express (bootstrap.ts): Express's
   * own routing costs about three times what the hit does. Resolves false when the request is not a
   * hit, and Express then serves it (the same keys: Express reads the query string with
   * node:querystring too). Conditional requests get 304 by Express's rules (the `fresh` module's).
   */
  async serveHit(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (!this.store || request.method !== 'GET' || request.headers.authorization) return false;
    const url = request.url ?? '';
    if (!isRead(url)) return false;
    const mark = url.indexOf('?');
    const keyed = { method: 'GET', originalUrl: url, query: parseQueryString(mark < 0 ? '' : url.slice(mark + 1)), headers: request.headers };
    const key = isGraphQL(url) ? this.keys.graphql(keyed) : this.keys.rest(keyed);
    if (!key) return false;
    let entry: CachedResponse | undefined;
    try {
      entry = (await this.store.lookup(key)).entry;
    } catch {
      return false;
    }
    if (!entry) return false;
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    response.setHeader('X-Cache', 'HIT');
    response.setHeader('Age', ageOf(entry));
    if (isFresh(request.headers, entry)) {
      response.statusCode = 304;
      for (const name of ['content-type', 'content-length', 'transfer-encoding']) response.removeHeader(name);
      response.end();
    } else {
      response.statusCode = entry.status;
      response.setHeader('Content-Length', entry.body.length);
      response.end(entry.body);
    }
    return true;
  }

  /**
   * Mounted first on the Express app (bootstrap.ts), before body parsing and Nest's middleware: GET
   * reads, whose key needs no body, so a hit costs as little as Express allows.
   */
  handleGet(request: Request, response: Response, next: NextFunction): void {
    if (request.method !== 'GET' || !isRead(request.originalUrl)) return next();
    this.handle(request, response, next);
  }

  /** Mounted as a Nest middleware, after body parsing: POST /graphql, and any read not yet in a scope. */
  handleParsed(request: Request, response: Response, next: NextFunction): void {
    if (currentResponseScope()) return next();
    this.handle(request, response, next);
  }

  private handle(request: Request, response: Response, next: NextFunction): void {
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
  response.setHeader('Age', ageOf(entry));
  response.send(entry.body);
}

function ageOf(entry: CachedResponse): string {
  return String(Math.max(0, Math.floor((Date.now() - entry.storedAt) / 1000)));
}

const NO_CACHE = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;

/** Whether a conditional GET may get 304 for this response: the rules of the `fresh` module, which Express applies. */
export function isFresh(request: IncomingHttpHeaders, entry: Pick<CachedResponse, 'headers'>): boolean {
  const modifiedSince = request['if-modified-since'];
  const noneMatch = request['if-none-match'];
  if (!modifiedSince && !noneMatch) return false;
  const cacheControl = request['cache-control'];
  if (cacheControl && NO_CACHE.test(cacheControl)) return false;
  const header = (name: string) => entry.headers.find(([key]) => key === name)?.[1];
  if (noneMatch && noneMatch !== '*') {
    const etag = header('etag');
    if (!etag) return false;
    const matches = noneMatch.split(',').map((token) => token.trim());
    if (!matches.some((match) => match === etag || match === `W/${etag}` || `W/${match}` === etag)) return false;
  }
  if (modifiedSince) {
    const lastModified = header('last-modified');
    if (!lastModified || !(Date.parse(lastModified) <= Date.parse(modifiedSince))) return false;
  }
  return true;
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
