import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

@ArgsType()
export class LocaleArgs {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}

@ArgsType()
export class SlugInLocaleArgs extends LocaleArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  slug!: string;
}

/** One item's translation in one locale: what a translation mutation edits or deletes. */
@ArgsType()
export class TranslationKeyArgs extends LocaleArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
