import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { currentResponseScope, isUncacheable } from '../cache/response-tags.js';
import { cacheControlFor, type HttpCachePolicy } from '../common/http-cache.js';
import { AppConfig } from '../config/app-config.js';
import { lastModifiedOf } from './last-modified.js';

/**
 * Cache headers on successful REST reads: Cache-Control by the same policy as GraphQL (public for
 * anonymous readers, private with credentials), a Surrogate-Key listing the keys the services recorded
 * while producing the body (the keys content changes purge, see cache/response-tags.ts) so a CDN can
 * purge precisely, and Last-Modified. Errors are marked no-store by the problem-details
 * filter; ETag, If-None-Match and If-Modified-Since are answered by Express (strong ETags, see bootstrap.ts).
 */
@Injectable()
export class HttpCacheInterceptor implements NestInterceptor {
  private readonly policy: HttpCachePolicy;

  constructor(config: AppConfig) {
    this.policy = { maxAgeSeconds: config.HTTP_CACHE_MAX_AGE_SECONDS, staleWhileRevalidateSeconds: config.HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS };
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    return next.handle().pipe(
      tap((body) => {
        const authenticated = Boolean(request.headers.authorization) || isUncacheable();
        response.setHeader('Cache-Control', cacheControlFor({ authenticated, successfulQuery: true }, this.policy));
        response.setHeader('Vary', 'Authorization');
        const keys = currentResponseScope()?.tags;
        if (keys?.size) response.setHeader('Surrogate-Key', [...keys].join(' '));
        const lastModified = lastModifiedOf(body);
        if (lastModified) response.setHeader('Last-Modified', lastModified.toUTCString());
      }),
    );
  }
}
