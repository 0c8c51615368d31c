import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../auth/dto/id.args.js';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import { TranslationKeyArgs } from '../common/locale.args.js';
import { MissingTranslationsModel } from '../common/missing-translations.model.js';
import { AuthorEditingService } from './author-editing.service.js';
import { CreateAuthorArgs, UpdateAuthorArgs, UpdateAuthorTranslationArgs } from './dto/author.input.js';
import { AuthorModel } from './models/author.model.js';

@Resolver()
@Allow(Action.ManageAuthors)
export class AuthorEditingResolver {
  constructor(private readonly authorEditing: AuthorEditingService) {}

  @Mutation(() => AuthorModel, { description: 'A new author, in the default locale; the slug is made from the name when omitted.' })
  createAuthor(@CurrentActor() actor: Actor | null, @Args() { input }: CreateAuthorArgs) {
    return this.authorEditing.create(actor, input);
  }

  @Mutation(() => AuthorModel, { description: 'Changes the given fields; userId links a user (null unlinks).' })
  updateAuthor(@CurrentActor() actor: Actor | null, @Args() { id, input }: UpdateAuthorArgs) {
    return this.authorEditing.update(actor, id, input);
  }

  @Mutation(() => AuthorModel, { description: "Adds or changes the author's bio in one locale; returns the author in that locale." })
  updateAuthorTranslation(@CurrentActor() actor: Actor | null, @Args() { id, locale, input }: UpdateAuthorTranslationArgs) {
    return this.authorEditing.updateTranslation(actor, id, locale, input.bio);
  }

  @Mutation(() => AuthorModel, { description: "Removes the bio in one locale (not the default locale's)." })
  deleteAuthorTranslation(@CurrentActor() actor: Actor | null, @Args() { id, locale }: TranslationKeyArgs) {
    return this.authorEditing.deleteTranslation(actor, id, locale);
  }

  @Mutation(() => Boolean, { description: 'Refused (CONFLICT) while bylines use the author.' })
  deleteAuthor(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs) {
    return this.authorEditing.delete(actor, id);
  }
}

/** The authors' part of `missingTranslations` (guards do not run on field resolvers: the service checks the caller). */
@Resolver(() => MissingTranslationsModel)
export class MissingAuthorTranslationsResolver {
  constructor(private readonly authorEditing: AuthorEditingService) {}

  @ResolveField(() => [AuthorModel], { description: 'Authors with no bio in the locale, by name.' })
  authors(@CurrentActor() actor: Actor | null, @Parent() { locale }: MissingTranslationsModel) {
    return this.authorEditing.missingTranslations(actor, locale);
  }
}
