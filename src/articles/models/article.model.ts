import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArticleStatus } from '../entities/article-status.js';
import { FeaturedImageModel } from './featured-image.model.js';

registerEnumType(ArticleStatus, { name: 'ArticleStatus' });

/** One language version of a story, as clients see it. */
@ObjectType('Article')
export class ArticleModel {
  @Field(() => ID, { description: "The language version's id." })
  id!: string;

  @Field(() => ID, { description: "The story's id, shared by every language version." })
  storyId!: string;

  @Field()
  locale!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The standfirst.' })
  subtitle!: string | null;

  @Field(() => String, { nullable: true })
  excerpt!: string | null;

  /** Set where one article is read; lists leave it out and the `body` field loads it on demand. */
  body?: string;

  @Field(() => ArticleStatus)
  status!: ArticleStatus;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field()
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'For a translation: "English version by ...".' })
  translationCredit!: string | null;

  @Field(() => Int)
  readingTimeMinutes!: number;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back as expectedVersion when saving.' })
  version!: number;

  @Field(() => FeaturedImageModel, { nullable: true })
  featuredImage!: FeaturedImageModel | null;

  /** The story's primary section: resolved to a localized Section by a field resolver. */
  primarySectionId!: string | null;

  /** For a translation, the version it was made from (read by the translation workflow). */
  translatedFromId!: string | null;
}
