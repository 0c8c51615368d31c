import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import { ArticleDraftsService } from './article-drafts.service.js';
import { ArticleEditingService } from './article-editing.service.js';
import { ArticlePublishingService } from './article-publishing.service.js';
import { ArticleIdArgs, CreateArticleInput, RestoreRevisionArgs, ScheduleArticleArgs, UpdateArticleArgs } from './dto/article.inputs.js';
import { ArticleRevisionModel, PreviewTokenModel } from './models/article-revision.model.js';
import { ArticleModel } from './models/article.model.js';

/** Editorial writes on articles. `@Allow` turns away roles that may never act; the services decide on the article itself. */
@Resolver(() => ArticleModel)
export class ArticleMutationsResolver {
  constructor(
    private readonly editing: ArticleEditingService,
    private readonly publishing: ArticlePublishingService,
    private readonly drafts: ArticleDraftsService,
  ) {}

  @Mutation(() => ArticleModel, { description: 'A new story with its first language version, as a DRAFT.' })
  @Allow(Action.CreateArticle)
  createArticle(@CurrentActor() actor: Actor | null, @Args('input') input: CreateArticleInput) {
    return this.editing.create(actor, input);
  }

  @Mutation(() => ArticleModel, { description: 'Saves a version; CONFLICT (with currentVersion) if someone saved since expectedVersion.' })
  updateArticle(@CurrentActor() actor: Actor | null, @Args() { id, input, expectedVersion }: UpdateArticleArgs) {
    return this.editing.update(actor, id, input, expectedVersion);
  }

  @Mutation(() => ArticleModel, { description: 'Saves the texts of an earlier revision as a new version.' })
  restoreArticleRevision(@CurrentActor() actor: Actor | null, @Args() { id, revision, expectedVersion }: RestoreRevisionArgs) {
    return this.editing.restoreRevision(actor, id, revision, expectedVersion);
  }

  @Mutation(() => ArticleModel)
  submitArticleForReview(@CurrentActor() actor: Actor | null, @Args() { id }: ArticleIdArgs) {
    return this.publishing.submitForReview(actor, id);
  }

  @Mutation(() => ArticleModel, { description: 'Publishes now; the first publication date is kept on later corrections.' })
  @Allow(Action.PublishArticle)
  publishArticle(@CurrentActor() actor: Actor | null, @Args() { id }: ArticleIdArgs) {
    return this.publishing.publish(actor, id);
  }

  @Mutation(() => ArticleModel, { description: 'Publishes at `at`, by the scheduler.' })
  @Allow(Action.ScheduleArticle)
  scheduleArticle(@CurrentActor() actor: Actor | null, @Args() { id, at }: ScheduleArticleArgs) {
    return this.publishing.schedule(actor, id, at);
  }

  @Mutation(() => ArticleModel)
  @Allow(Action.UnpublishArticle)
  unpublishArticle(@CurrentActor() actor: Actor | null, @Args() { id }: ArticleIdArgs) {
    return this.publishing.unpublish(actor, id);
  }

  @Mutation(() => ArticleModel, { description: 'Embargo end: the scheduler takes the version down at `at`.' })
  @Allow(Action.UnpublishArticle)
  scheduleUnpublish(@CurrentActor() actor: Actor | null, @Args() { id, at }: ScheduleArticleArgs) {
    return this.publishing.scheduleUnpublish(actor, id, at);
  }

  @Mutation(() => Boolean, { description: "Soft-deletes the article's story (every language version); restoreArticle brings it back." })
  @Allow(Action.DeleteArticle)
  deleteArticle(@CurrentActor() actor: Actor | null, @Args() { id }: ArticleIdArgs) {
    return this.publishing.delete(actor, id);
  }

  @Mutation(() => ArticleModel)
  @Allow(Action.RestoreArticle)
  restoreArticle(@CurrentActor() actor: Actor | null, @Args() { id }: ArticleIdArgs) {
    return this.publishing.restore(actor, id);
  }

  @Query(() => [ArticleRevisionModel], { description: 'Every save of a version, newest first.' })
  @Allow(Action.ViewDrafts)
  articleRevisions(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string) {
    return this.drafts.revisions(actor, id);
  }

  @Mutation(() => PreviewTokenModel, { description: 'A signed, expiring token to read this version through article(slug, locale, previewToken).' })
  @Allow(Action.ViewDrafts)
  createPreviewToken(@CurrentActor() actor: Actor | null, @Args() { id }: ArticleIdArgs) {
    return this.drafts.createPreviewToken(actor, id);
  }
}
