import { Body, Controller, Get, HttpCode, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { NewsletterListsArgs, NewsletterTokenArgs } from './dto/newsletter.args.js';
import { NewsletterPreferencesInput } from './dto/preferences.input.js';
import { SubscribeToNewsletterInput } from './dto/subscribe.input.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { PreferencesService } from './preferences.service.js';
import { clientIp, SubscriptionService } from './subscription.service.js';

/** The reader side over REST, mirroring the GraphQL operations; errors are problem+json. */
@Controller('api/newsletter')
export class NewsletterController {
  constructor(
    private readonly lists: NewsletterListsService,
    private readonly subscriptions: SubscriptionService,
    private readonly preferences: PreferencesService,
  ) {}

  @Get('lists')
  newsletterLists(@Query() { locale }: NewsletterListsArgs) {
    return this.lists.listActive(locale);
  }

  /** 202: the request is recorded and an email is on its way; nothing tells whether the address was known. */
  @Post('subscriptions')
  @HttpCode(202)
  subscribe(@Body() input: SubscribeToNewsletterInput, @Req() request: Request) {
    return this.subscriptions.subscribe(input, { ip: clientIp(request), channel: 'rest' });
  }

  @Post('confirmations')
  @HttpCode(200)
  confirm(@Body() { token }: NewsletterTokenArgs) {
    return this.subscriptions.confirm(token);
  }

  @Get('preferences')
  viewPreferences(@Query() { token }: NewsletterTokenArgs) {
    return this.preferences.view(token);
  }

  @Put('preferences')
  updatePreferences(@Query() { token }: NewsletterTokenArgs, @Body() input: NewsletterPreferencesInput) {
    return this.preferences.update(token, input);
  }

  /**
   * RFC 8058 one-click unsubscribe: the mailbox provider POSTs `List-Unsubscribe=One-Click` to the URL
   * of the List-Unsubscribe header; the token in the query string is all it takes. Repeating it is harmless.
   */
  @Post('unsubscribe')
  @HttpCode(200)
  unsubscribe(@Query() { token }: NewsletterTokenArgs) {
    return this.preferences.unsubscribe(token);
  }
}
