import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType()
export class FeaturedImageInput {
  @Field()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2048)
  url!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20000)
  width?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20000)
  height?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  credit?: string;
}

/** The texts of one language version; on update, what is left out stays as it is. */
@InputType({ isAbstract: true })
export class ArticleTextsInput {
  @Field(() => String, { nullable: true, description: 'Generated from the title when omitted at creation.' })
  @IsOptional()
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(200)
  slug?: string;

  @Field(() => String, { nullable: true, description: 'The standfirst.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  subtitle?: string;

  @Field(() => String, { nullable: true, description: 'Derived from the body when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  excerpt?: string;

  @Field(() => String, { nullable: true, description: 'HTML; sanitized on save against an allow-list.' })
  @IsOptional()
  @IsString()
  @MaxLength(500_000)
  body?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  imageAlt?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  imageCaption?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "English version by ..."' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  translationCredit?: string;
}

/** The story's language-neutral part, shared by every language version; on update, what is left out stays as it is. */
@InputType({ isAbstract: true })
class StoryRelationsInput extends ArticleTextsInput {
  @Field(() => [ID], { nullable: true, description: 'The byline, in order.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  authorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'The first one is the primary section unless primarySectionId says otherwise.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  sectionIds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  primarySectionId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  tagIds?: string[];

  @Field(() => FeaturedImageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FeaturedImageInput)
  featuredImage?: FeaturedImageInput;
}

@InputType()
export class CreateArticleInput extends StoryRelationsInput {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;
}

@InputType()
export class UpdateArticleInput extends StoryRelationsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;
}

@ArgsType()
export class ArticleIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class UpdateArticleArgs extends ArticleIdArgs {
  @Field(() => UpdateArticleInput)
  @ValidateNested()
  @Type(() => UpdateArticleInput)
  input!: UpdateArticleInput;

  @Field(() => Int, { description: 'The `version` the editor read: a save over a newer version fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class ScheduleArticleArgs extends ArticleIdArgs {
  @Field(() => Date)
  @Type(() => Date)
  @IsDate()
  at!: Date;
}

@ArgsType()
export class RestoreRevisionArgs extends ArticleIdArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  revision!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
