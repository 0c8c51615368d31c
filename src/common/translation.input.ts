import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from '../auth/dto/transforms.js';
import { IsSlug } from './slug.js';

/** A localized name and its slug, as every translated section and tag has them in one locale. */
@InputType({ isAbstract: true })
export abstract class NameAndSlugFields {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when omitted; an existing translation keeps its slug.' })
  @IsOptional()
  @IsSlug()
  slug?: string;
}
