import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { tap, type Observable } from 'rxjs';
import { cacheControlFor, type HttpCachePolicy } from '../common/http-cache.js';
import { AppConfig } from '../config/app-config.js';

/**
 * Cache-Control on successful REST reads, by the same policy as GraphQL: public for anonymous
 * readers (a CDN may keep it), private for requests with credentials. Errors are marked no-store by
 * the problem-details filter; ETag and 304 come from Express (strong ETags, see bootstrap.ts).
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
      tap(() => {
        response.setHeader('Cache-Control', cacheControlFor({ authenticated: Boolean(request.headers.authorization), successfulQuery: true }, this.policy));
        response.setHeader('Vary', 'Authorization');
      }),
    );
  }
}
