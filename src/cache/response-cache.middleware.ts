import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ResponseCache } from './response-cache.js';

/** Mounts the response cache before GraphQL and the REST reads, after body parsing (GET reads get there earlier, see bootstrap.ts). */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: ResponseCache) {}

  use(request: Request, response: Response, next: NextFunction): void {
    this.cache.handleParsed(request, response, next);
  }
}
