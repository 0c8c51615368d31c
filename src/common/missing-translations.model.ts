import { Field, ObjectType } from '@nestjs/graphql';

/**
 * The translators' to-do list for one locale. Each feature module adds its own list as a field
 * (`sections`, `tags`, `authors`), so none of them needs to know the others.
 */
@ObjectType('MissingTranslations')
export class MissingTranslationsModel {
  @Field({ description: 'The locale the items lack; they are shown as readers of that locale see them (fallbacks).' })
  locale!: string;
}
