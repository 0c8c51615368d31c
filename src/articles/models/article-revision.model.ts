import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ArticleRevision')
export class ArticleRevisionModel {
  @Field(() => Int, { description: 'The version this save produced.' })
  version!: number;

  @Field(() => [String], { description: 'What the save changed.' })
  changedFields!: string[];

  @Field(() => ID, { nullable: true, description: 'The user who saved (null for API tokens and deleted users).' })
  createdById!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  subtitle!: string | null;

  @Field(() => String, { nullable: true })
  excerpt!: string | null;

  @Field()
  body!: string;
}

@ObjectType('PreviewToken')
export class PreviewTokenModel {
  @Field({ description: 'Pass as `previewToken` to `article(slug, locale, previewToken)`.' })
  token!: string;

  @Field()
  expiresAt!: Date;
}
