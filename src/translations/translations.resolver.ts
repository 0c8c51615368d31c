import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ArticleModel } from '../articles/models/article.model.js';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import { MergeStoriesArgs, TranslationQueueArgs } from './dto/queue.args.js';
import { CreateTranslationArgs } from './dto/translation.args.js';
import { TranslationQueueConnection } from './models/translation-queue.model.js';
import { StoryMergeService } from './story-merge.service.js';
import { TranslationQueueService } from './translation-queue.service.js';
import { TranslationStatus } from './translation-status.js';
import { TranslationsService } from './translations.service.js';

@Resolver(() => ArticleModel)
export class TranslationsResolver {
  constructor(
    private readonly translations: TranslationsService,
    private readonly queueService: TranslationQueueService,
    private readonly merges: StoryMergeService,
  ) {}

  @Query(() => TranslationQueueConnection, { description: 'Outdated translations in a locale, oldest first, with what changed in their source.' })
  @Allow(Action.ViewDrafts)
  translationQueue(@CurrentActor() actor: Actor | null, @Args() { locale, first, after }: TranslationQueueArgs) {
    return this.queueService.queue(actor, locale, first, after);
  }

  @Mutation(() => [ArticleModel], { description: "Joins two separately imported stories in different languages; the target's relations win." })
  @Allow(Action.MergeStories)
  mergeStories(@CurrentActor() actor: Actor | null, @Args() { targetStoryId, sourceStoryId }: MergeStoriesArgs) {
    return this.merges.merge(actor, targetStoryId, sourceStoryId);
  }

  @Mutation(() => ArticleModel, { description: "The story's version in another language, as a DRAFT prefilled from the source; CONFLICT if it exists." })
  @Allow(Action.CreateTranslation)
  createTranslation(@CurrentActor() actor: Actor | null, @Args() { articleId, locale, input }: CreateTranslationArgs) {
    return this.translations.createTranslation(actor, articleId, locale, input);
  }

  @Mutation(() => ArticleModel, { description: "A translator reviewed the source's changes: the translation is UP_TO_DATE again." })
  @Allow(Action.EditTranslation)
  markTranslationUpToDate(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.translations.markUpToDate(actor, id);
  }

  @ResolveField(() => TranslationStatus, { description: 'SOURCE for an original; for a translation, whether its source changed since.' })
  translationStatus(@Parent() article: ArticleModel, @Context('req') request: object) {
    return this.translations.status(request, article);
  }
}
