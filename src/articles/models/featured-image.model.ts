import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The story's picture (shared by its language versions) with this version's alt text and caption. */
@ObjectType('FeaturedImage')
export class FeaturedImageModel {
  @Field()
  url!: string;

  @Field(() => String, { nullable: true })
  alt!: string | null;

  @Field(() => String, { nullable: true })
  caption!: string | null;

  @Field(() => String, { nullable: true })
  credit!: string | null;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;
}
