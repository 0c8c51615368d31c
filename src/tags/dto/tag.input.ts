import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { trim } from '../../auth/dto/transforms.js';
import { TranslationKeyArgs } from '../../common/locale.args.js';
import { IsSlug } from '../../common/slug.js';

/** A tag's name and slug in one locale. */
@InputType()
export class TagTranslationFields {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when omitted.' })
  @IsOptional()
  @IsSlug()
  slug?: string;
}

@InputType()
export class TagTranslationInput extends TagTranslationFields {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}

@InputType()
export class CreateTagInput {
  @Field(() => [TagTranslationInput], { description: 'One per locale; the default locale is required.' })
  @ValidateNested({ each: true })
  @Type(() => TagTranslationInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  translations!: TagTranslationInput[];
}

@ArgsType()
export class CreateTagArgs {
  @Field(() => CreateTagInput)
  @ValidateNested()
  @Type(() => CreateTagInput)
  input!: CreateTagInput;
}

@ArgsType()
export class UpdateTagTranslationArgs extends TranslationKeyArgs {
  @Field(() => TagTranslationFields)
  @ValidateNested()
  @Type(() => TagTranslationFields)
  input!: TagTranslationFields;
}

@ArgsType()
export class MergeTagsArgs {
  @Field(() => ID, { description: 'The tag that stays.' })
  @IsUUID()
  targetId!: string;

  @Field(() => ID, { description: 'The tag merged into the target, then deleted.' })
  @IsUUID()
  sourceId!: string;
}
