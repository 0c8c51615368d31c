import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { NewsletterListsArgs, NewsletterTokenArgs, UnsubscribeArgs, UpdatePreferencesArgs } from './dto/newsletter.args.js';
import { SubscribeToNewsletterInput } from './dto/subscribe.input.js';
import { NewsletterListModel, NewsletterPreferencesModel, NewsletterSignUpModel } from './models/newsletter.models.js';
import { NewsletterListsService } from './newsletter-lists.service.js';
import { PreferencesService } from './preferences.service.js';
import { clientIp, SubscriptionService } from './subscription.service.js';

@Resolver()
export class NewsletterResolver {
  constructor(
    private readonly lists: NewsletterListsService,
    private readonly subscriptions: SubscriptionService,
    private readonly preferences: PreferencesService,
  ) {}

  @Query(() => [NewsletterListModel], { description: 'The newsletters a reader can subscribe to, named in `locale`.' })
  newsletterLists(@Args() { locale }: NewsletterListsArgs) {
    return this.lists.listActive(locale);
  }

  @Query(() => NewsletterPreferencesModel, { description: 'The preferences behind a manage link from an email (read only).' })
  newsletterPreferences(@Args() { token }: NewsletterTokenArgs) {
    return this.preferences.view(token);
  }

  @Mutation(() => NewsletterSignUpModel, { description: 'Double opt-in sign-up; the same answer whatever the address. Rate-limited.' })
  subscribeToNewsletter(@Args('input') input: SubscribeToNewsletterInput, @Context('req') request: Request) {
    return this.subscriptions.subscribe(input, { ip: clientIp(request), channel: 'graphql' });
  }

  @Mutation(() => NewsletterPreferencesModel, { description: 'Confirms a subscription with the token of the confirmation email.' })
  confirmNewsletterSubscription(@Args() { token }: NewsletterTokenArgs) {
    return this.subscriptions.confirm(token);
  }

  @Mutation(() => NewsletterPreferencesModel, { description: 'Leaves the given lists, or all of them, with the token of any email.' })
  unsubscribeFromNewsletter(@Args() { token, lists }: UnsubscribeArgs) {
    return this.preferences.unsubscribe(token, lists);
  }

  @Mutation(() => NewsletterPreferencesModel, { description: 'Sets the lists and the language, with the token of any email.' })
  updateNewsletterPreferences(@Args() { token, input }: UpdatePreferencesArgs) {
    return this.preferences.update(token, input);
  }
}
