import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ArticleTextsInput } from '../../articles/dto/article.inputs.js';

/** The texts of a translation; what is left out is prefilled from the source version. */
@InputType()
export class TranslationInput extends ArticleTextsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;
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
