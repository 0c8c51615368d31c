import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

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
