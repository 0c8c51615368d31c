import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DocumentResponder } from './document-responder.js';
import { FeedService } from './feed.service.js';

/** RSS 2.0 and Atom 1.0 feeds: `/feeds/{locale}/rss.xml`, `/feeds/{locale}/sections/{slug}/atom.xml`, ... */
@Controller('feeds')
export class FeedsController {
  constructor(
    private readonly feeds: FeedService,
    private readonly responder: DocumentResponder,
  ) {}

  @Get(':locale/:format.xml')
  async site(@Param('locale') locale: string, @Param('format') format: string, @Req() request: Request, @Res() response: Response) {
    this.responder.send(request, response, await this.feeds.feed(request, { locale, format }));
  }

  /** `kind` is `sections` (subsections included), `tags` or `authors`. */
  @Get(':locale/:kind/:slug/:format.xml')
  async subject(
    @Param('locale') locale: string,
    @Param('kind') kind: string,
    @Param('slug') slug: string,
    @Param('format') format: string,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    this.responder.send(request, response, await this.feeds.feed(request, { locale, format, kind, slug }));
  }
}
