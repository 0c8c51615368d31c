import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { NewsletterFrequency } from '../entities/newsletter-list.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_TRANSLATIONS = 20;

@InputType()
export class NewsletterListTranslationInput {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;
}

@InputType()
export class CreateNewsletterListInput {
  @Field({ description: 'Stable identifier readers subscribe with, e.g. "culture-weekly": lower-case words joined by hyphens. It cannot change.' })
  @IsString()
  @MaxLength(80)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be lower-case letters and digits, words joined by hyphens' })
  key!: string;

  @Field(() => NewsletterFrequency)
  @IsEnum(NewsletterFrequency)
  frequency!: NewsletterFrequency;

  @Field(() => Int, { nullable: true, description: 'Menu order; 0 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;

  @Field(() => [NewsletterListTranslationInput], { description: 'One per locale; the default locale is required.' })
  @ValidateNested({ each: true })
  @Type(() => NewsletterListTranslationInput)
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_TRANSLATIONS)
  translations!: NewsletterListTranslationInput[];
}

@InputType()
export class UpdateNewsletterListInput {
  @Field(() => NewsletterFrequency, { nullable: true })
  @IsOptional()
  @IsEnum(NewsletterFrequency)
  frequency?: NewsletterFrequency;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;

  @Field(() => Boolean, { nullable: true, description: 'true reactivates a deactivated list.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [NewsletterListTranslationInput], { nullable: true, description: 'Upserted by locale: each replaces that locale’s name and description; other locales are kept.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NewsletterListTranslationInput)
  @ArrayMaxSize(MAX_TRANSLATIONS)
  translations?: NewsletterListTranslationInput[];
}
