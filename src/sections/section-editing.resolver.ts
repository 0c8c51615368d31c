import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import { LocaleArgs, TranslationKeyArgs } from '../common/locale.args.js';
import { MissingTranslationsModel } from '../common/missing-translations.model.js';
import { CreateSectionArgs, DeleteSectionArgs, UpdateSectionArgs, UpdateSectionTranslationArgs } from './dto/section.input.js';
import { SectionModel } from './models/section.model.js';
import { SectionEditingService } from './section-editing.service.js';

@Resolver()
@Allow(Action.ManageTaxonomy)
export class SectionEditingResolver {
  constructor(private readonly sectionEditing: SectionEditingService) {}

  @Mutation(() => SectionModel, { description: 'A new section, in the default locale; slugs are made from the names when omitted.' })
  createSection(@CurrentActor() actor: Actor | null, @Args() { input }: CreateSectionArgs) {
    return this.sectionEditing.create(actor, input);
  }

  @Mutation(() => SectionModel, { description: 'Moves a section in the tree (never under itself or its subsections).' })
  updateSection(@CurrentActor() actor: Actor | null, @Args() { id, input }: UpdateSectionArgs) {
    return this.sectionEditing.update(actor, id, input);
  }

  @Mutation(() => SectionModel, { description: "Adds or changes the section's name, slug and description in one locale; returns it in that locale." })
  updateSectionTranslation(@CurrentActor() actor: Actor | null, @Args() { id, locale, input }: UpdateSectionTranslationArgs) {
    return this.sectionEditing.updateTranslation(actor, id, locale, input);
  }

  @Mutation(() => SectionModel, { description: "Removes one locale's translation (not the default locale's); returns the section as that locale now sees it." })
  deleteSectionTranslation(@CurrentActor() actor: Actor | null, @Args() { id, locale }: TranslationKeyArgs) {
    return this.sectionEditing.deleteTranslation(actor, id, locale);
  }

  @Mutation(() => Boolean, { description: 'Refused (CONFLICT) while stories or subsections use the section, unless moveArticlesTo says where its stories go; subsections then move up a level.' })
  deleteSection(@CurrentActor() actor: Actor | null, @Args() { id, moveArticlesTo }: DeleteSectionArgs) {
    return this.sectionEditing.delete(actor, id, moveArticlesTo);
  }

  @Query(() => MissingTranslationsModel, { description: 'Sections, tags and authors with no translation in the locale (editorial).' })
  missingTranslations(@Args() { locale }: LocaleArgs): MissingTranslationsModel {
    return { locale };
  }
}

/** The sections' part of `missingTranslations` (guards do not run on field resolvers: the service checks the caller). */
@Resolver(() => MissingTranslationsModel)
export class MissingSectionTranslationsResolver {
  constructor(private readonly sectionEditing: SectionEditingService) {}

  @ResolveField(() => [SectionModel], { description: 'By name, as readers of the locale see them.' })
  sections(@CurrentActor() actor: Actor | null, @Parent() { locale }: MissingTranslationsModel) {
    return this.sectionEditing.missingTranslations(actor, locale);
  }
}
