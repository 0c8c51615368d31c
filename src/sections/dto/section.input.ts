import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IdArgs } from '../../auth/dto/id.args.js';
import { TranslationKeyArgs } from '../../common/locale.args.js';
import { NameAndSlugFields } from '../../common/translation.input.js';

/** A section's name, slug and description in one locale. */
@InputType()
export class SectionTranslationFields extends NameAndSlugFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string | null;
}

@InputType()
export class SectionTranslationInput extends SectionTranslationFields {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}

@InputType()
export class CreateSectionInput {
  @Field(() => ID, { nullable: true, description: 'The parent section; top level when omitted.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Menu order among siblings; after the last one when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;

  @Field(() => [SectionTranslationInput], { description: 'One per locale; the default locale is required.' })
  @ValidateNested({ each: true })
  @Type(() => SectionTranslationInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  translations!: SectionTranslationInput[];
}

/** Moves a section in the tree. Only the fields given change; `parentId: null` makes it top-level. */
@InputType()
export class UpdateSectionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

@ArgsType()
export class CreateSectionArgs {
  @Field(() => CreateSectionInput)
  @ValidateNested()
  @Type(() => CreateSectionInput)
  input!: CreateSectionInput;
}

@ArgsType()
export class UpdateSectionArgs extends IdArgs {
  @Field(() => UpdateSectionInput)
  @ValidateNested()
  @Type(() => UpdateSectionInput)
  input!: UpdateSectionInput;
}

@ArgsType()
export class UpdateSectionTranslationArgs extends TranslationKeyArgs {
  @Field(() => SectionTranslationFields)
  @ValidateNested()
  @Type(() => SectionTranslationFields)
  input!: SectionTranslationFields;
}

@ArgsType()
export class DeleteSectionArgs extends IdArgs {
  @Field(() => ID, { nullable: true, description: "Where the section's stories go (links and primary section); needed while stories or subsections use it." })
  @IsOptional()
  @IsUUID()
  moveArticlesTo?: string;
}
