import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';

export enum ArticleOrder {
  PUBLISHED_AT_DESC = 'PUBLISHED_AT_DESC',
  PUBLISHED_AT_ASC = 'PUBLISHED_AT_ASC',
}
registerEnumType(ArticleOrder, { name: 'ArticleOrder' });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType()
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Section slug in the requested locale.' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(140)
  section?: string;

  @Field({ defaultValue: true, description: 'With `section`: also list the articles of its subsections.' })
  @IsBoolean()
  includeSubsections: boolean = true;

  @Field(() => String, { nullable: true, description: 'Tag slug in the requested locale.' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(140)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Author slug.' })
  @IsOptional()
  @Matches(SLUG)
  @MaxLength(140)
  author?: string;

  @Field(() => Date, { nullable: true, description: 'Published at or after this time.' })
  @IsOptional()
  @IsDate()
  publishedAfter?: Date;

  @Field(() => Date, { nullable: true, description: 'Published before this time.' })
  @IsOptional()
  @IsDate()
  publishedBefore?: Date;
}

@ArgsType()
export class ArticlesArgs extends PaginationArgs {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;

  @Field(() => ArticleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ArticleFilter)
  filter?: ArticleFilter;

  @Field(() => ArticleOrder, { defaultValue: ArticleOrder.PUBLISHED_AT_DESC })
  @IsEnum(ArticleOrder)
  orderBy: ArticleOrder = ArticleOrder.PUBLISHED_AT_DESC;
}

/** The articles of one section, tag or author: the parent fixes the filter. */
@ArgsType()
export class NestedArticlesArgs extends PaginationArgs {}

@ArgsType()
export class RelatedArgs {
  @Field(() => Int, { defaultValue: 4, description: 'How many, 1 to 20.' })
  @IsInt()
  @Min(1)
  @Max(20)
  first: number = 4;
}

@ArgsType()
export class ArticleByIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
