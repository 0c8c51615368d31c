import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../auth/dto/id.args.js';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import { TranslationKeyArgs } from '../common/locale.args.js';
import { MissingTranslationsModel } from '../common/missing-translations.model.js';
import { CreateTagArgs, MergeTagsArgs, UpdateTagTranslationArgs } from './dto/tag.input.js';
import { TagModel } from './models/tag.model.js';
import { TagEditingService } from './tag-editing.service.js';

@Resolver()
@Allow(Action.ManageTaxonomy)
export class TagEditingResolver {
  constructor(private readonly tagEditing: TagEditingService) {}

  @Mutation(() => TagModel, { description: 'A new tag, in the default locale; slugs are made from the names when omitted.' })
  createTag(@CurrentActor() actor: Actor | null, @Args() { input }: CreateTagArgs) {
    return this.tagEditing.create(actor, input);
  }

  @Mutation(() => TagModel, { description: "Adds or changes the tag's name and slug in one locale; returns it in that locale." })
  updateTagTranslation(@CurrentActor() actor: Actor | null, @Args() { id, locale, input }: UpdateTagTranslationArgs) {
    return this.tagEditing.updateTranslation(actor, id, locale, input);
  }

  @Mutation(() => TagModel, { description: "Removes one locale's translation (not the default locale's); returns the tag as that locale now sees it." })
  deleteTagTranslation(@CurrentActor() actor: Actor | null, @Args() { id, locale }: TranslationKeyArgs) {
    return this.tagEditing.deleteTranslation(actor, id, locale);
  }

  @Mutation(() => Boolean, { description: 'Deletes the tag; its stories lose it.' })
  deleteTag(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs) {
    return this.tagEditing.delete(actor, id);
  }

  @Mutation(() => TagModel, { description: "The source's stories get the target tag (once each), then the source is deleted; returns the target." })
  mergeTags(@CurrentActor() actor: Actor | null, @Args() { targetId, sourceId }: MergeTagsArgs) {
    return this.tagEditing.merge(actor, targetId, sourceId);
  }
}

/** The tags' part of `missingTranslations` (guards do not run on field resolvers: the service checks the caller). */
@Resolver(() => MissingTranslationsModel)
export class MissingTagTranslationsResolver {
  constructor(private readonly tagEditing: TagEditingService) {}

  @ResolveField(() => [TagModel], { description: 'By name, as readers of the locale see them.' })
  tags(@CurrentActor() actor: Actor | null, @Parent() { locale }: MissingTranslationsModel) {
    return this.tagEditing.missingTranslations(actor, locale);
  }
}
