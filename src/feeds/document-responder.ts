import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app-config.js';
import { noneMatch, strongEtag, type HttpDocument } from './http-document.js';

/**
 * Sends feeds and sitemaps with Cache-Control, a strong ETag (sha256 of the body) and Last-Modified,
 * and answers 304 to a matching If-None-Match. If-Modified-Since alone is not honoured: the newest
 * `updatedAt` can move backwards (an article unpublished or deleted) while the document changes, so
 * only the ETag is a safe validator. The body goes out with `end`, not `send`, which would apply
 * Express's own freshness rules.
 */
@Injectable()
export class DocumentResponder {
  private readonly cacheControl: string;

  constructor(config: AppConfig) {
    this.cacheControl = `public, max-age=${config.FEED_CACHE_MAX_AGE_SECONDS}`;
  }

  send(request: Request, response: Response, document: HttpDocument): void {
    const etag = strongEtag(document.body);
    response.setHeader('Cache-Control', this.cacheControl);
    response.setHeader('ETag', etag);
    if (document.lastModified) response.setHeader('Last-Modified', document.lastModified.toUTCString());
    if (noneMatch(request.headers['if-none-match'], etag)) {
      response.status(304).end();
      return;
    }
    const body = Buffer.from(document.body, 'utf8');
    response.status(200).setHeader('Content-Type', document.contentType).setHeader('Content-Length', body.length).end(body);
  }
}
