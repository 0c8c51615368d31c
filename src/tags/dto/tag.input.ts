import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { TranslationKeyArgs } from '../../common/locale.args.js';
import { NameAndSlugFields } from '../../common/translation.input.js';

/** A tag's name and slug in one locale. */
@InputType()
export class TagTranslationFields extends NameAndSlugFields {}

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
