import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

/** The texts of a translation; what is left out is prefilled from the source version. */
@InputType()
export class TranslationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Generated from the title when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(200)
  slug?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  subtitle?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  excerpt?: string;

  @Field(() => String, { nullable: true, description: 'HTML; sanitized on save.' })
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

  @Field(() => String, { nullable: true, description: "Defaults to the locale's TRANSLATION_CREDITS entry." })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  translationCredit?: string;
}

@ArgsType()
export class CreateTranslationArgs {
  @Field(() => ID, { description: 'The version to translate from.' })
  @IsUUID()
  articleId!: string;

  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;

  @Field(() => TranslationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslationInput)
  input?: TranslationInput;
}
