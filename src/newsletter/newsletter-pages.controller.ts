import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NewsletterTokenArgs } from './dto/newsletter.args.js';
import { ManagePageForm } from './dto/page-forms.js';
import { NewsletterPagesService, type Page } from './newsletter-pages.service.js';

/**
 * The pages the links in emails open. The token is in the URL, so the pages are never cached, never
 * framed and send no Referer; they run no script and submit forms only to this origin.
 */
@Controller('newsletter')
export class NewsletterPagesController {
  constructor(private readonly pages: NewsletterPagesService) {}

  @Get('confirm')
  async confirmForm(@Query() { token }: NewsletterTokenArgs, @Res() response: Response) {
    send(response, await this.pages.confirmForm(token));
  }

  @Post('confirm')
  async confirm(@Body() { token }: NewsletterTokenArgs, @Res() response: Response) {
    send(response, await this.pages.confirm(token));
  }

  @Get('manage')
  async manageForm(@Query() { token }: NewsletterTokenArgs, @Res() response: Response) {
    send(response, await this.pages.manageForm(token));
  }

  @Post('manage')
  async manage(@Body() form: ManagePageForm, @Res() response: Response) {
    send(response, await this.pages.manage(form));
  }
}

function send(response: Response, page: Page): void {
  response
    .status(page.status)
    .type('html')
    .set({
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    })
    .send(page.html);
}
