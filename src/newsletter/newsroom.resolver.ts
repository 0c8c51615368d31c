import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import {
  CreateNewsletterListArgs,
  ImportSubscribersArgs,
  NewsletterListIdArgs,
  NewsletterSubscribersArgs,
  SubscriberEmailArgs,
  UpdateNewsletterListArgs,
} from './dto/newsroom.args.js';
import {
  NewsletterErasureModel,
  NewsletterImportReportModel,
  NewsletterSubscriberConnection,
  NewsletterSubscriberCountModel,
  NewsletterSubscriberDataModel,
  NewsroomNewsletterListModel,
} from './models/newsroom.models.js';
import { NewsroomListsService } from './newsroom-lists.service.js';
import { SubscriberDirectoryService } from './subscriber-directory.service.js';
import { SubscriberImportService } from './subscriber-import.service.js';
import { SubscriberPrivacyService } from './subscriber-privacy.service.js';

/** The newsroom's newsletter operations: lists and subscribers (EDITOR, ADMIN); personal data tools (ADMIN). */
@Resolver()
export class NewsroomResolver {
  constructor(
    private readonly lists: NewsroomListsService,
    private readonly directory: SubscriberDirectoryService,
    private readonly privacy: SubscriberPrivacyService,
    private readonly imports: SubscriberImportService,
  ) {}

  @Query(() => [NewsroomNewsletterListModel], { description: 'Every newsletter list, deactivated ones included, with all translations.' })
  @Allow(Action.ManageNewsletters)
  newsroomNewsletterLists(@CurrentActor() actor: Actor | null) {
    return this.lists.listAll(actor);
  }

  @Mutation(() => NewsroomNewsletterListModel)
  @Allow(Action.ManageNewsletters)
  createNewsletterList(@CurrentActor() actor: Actor | null, @Args() { input }: CreateNewsletterListArgs) {
    return this.lists.create(actor, input);
  }

  @Mutation(() => NewsroomNewsletterListModel, { description: 'Changes the given fields; translations are upserted by locale.' })
  @Allow(Action.ManageNewsletters)
  updateNewsletterList(@CurrentActor() actor: Actor | null, @Args() { id, input }: UpdateNewsletterListArgs) {
    return this.lists.update(actor, id, input);
  }

  @Mutation(() => NewsroomNewsletterListModel, { description: 'Readers can no longer see or join the list; subscriptions are kept.' })
  @Allow(Action.ManageNewsletters)
  deactivateNewsletterList(@CurrentActor() actor: Actor | null, @Args() { id }: NewsletterListIdArgs) {
    return this.lists.deactivate(actor, id);
  }

  @Query(() => NewsletterSubscriberConnection, { description: 'Subscribers, newest first, filtered by list, status and part of the address.' })
  @Allow(Action.ManageNewsletters)
  newsletterSubscribers(@CurrentActor() actor: Actor | null, @Args() args: NewsletterSubscribersArgs) {
    return this.directory.list(actor, args);
  }

  @Query(() => [NewsletterSubscriberCountModel], { description: 'Subscribers per list and status (list null: all subscribers).' })
  @Allow(Action.ManageNewsletters)
  newsletterSubscriberCounts(@CurrentActor() actor: Actor | null) {
    return this.directory.counts(actor);
  }

  @Query(() => NewsletterSubscriberDataModel, { description: 'Everything stored about one address (GDPR access request). ADMIN.' })
  @Allow(Action.ExportSubscribers)
  exportSubscriberData(@CurrentActor() actor: Actor | null, @Args() { email }: SubscriberEmailArgs) {
    return this.privacy.exportData(actor, email);
  }

  @Mutation(() => NewsletterErasureModel, { description: 'Deletes everything about one address and keeps a keyed hash so imports skip it. ADMIN.' })
  @Allow(Action.EraseSubscribers)
  eraseSubscriber(@CurrentActor() actor: Actor | null, @Args() { email }: SubscriberEmailArgs) {
    return this.privacy.erase(actor, email);
  }

  @Mutation(() => NewsletterImportReportModel, { description: 'Imports subscribers from a CSV into the given lists; idempotent. ADMIN.' })
  @Allow(Action.ImportSubscribers)
  importNewsletterSubscribers(@CurrentActor() actor: Actor | null, @Args() { csv, lists }: ImportSubscribersArgs) {
    return this.imports.importCsv(actor, [csv], lists);
  }
}
