import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DocumentResponder } from './document-responder.js';
import { SitemapService } from './sitemap.service.js';

/** Discovery for crawlers: the sitemap index and its sitemaps, the Google News sitemap, robots.txt. */
@Controller()
export class SitemapsController {
  constructor(
    private readonly sitemaps: SitemapService,
    private readonly responder: DocumentResponder,
  ) {}

  @Get('sitemap.xml')
  async index(@Req() request: Request, @Res() response: Response) {
    this.responder.send(request, response, await this.sitemaps.index());
  }

  /** `name` is `articles-YYYY-MM`, `sections` or `authors`. */
  @Get('sitemaps/:locale/:name.xml')
  async sitemap(@Param('locale') locale: string, @Param('name') name: string, @Req() request: Request, @Res() response: Response) {
    this.responder.send(request, response, await this.sitemaps.sitemap(request, locale, name));
  }

  @Get('news-sitemap.xml')
  async news(@Req() request: Request, @Res() response: Response) {
    this.responder.send(request, response, await this.sitemaps.news(request));
  }

  @Get('robots.txt')
  robots(@Req() request: Request, @Res() response: Response) {
    this.responder.send(request, response, this.sitemaps.robots());
  }
}
