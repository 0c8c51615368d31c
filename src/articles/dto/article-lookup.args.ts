import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { SlugInLocaleArgs } from '../../common/locale.args.js';

@ArgsType()
export class ArticleLookupArgs extends SlugInLocaleArgs {
  @Field(() => String, { nullable: true, description: 'From createPreviewToken: shows that one version whatever its status.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  previewToken?: string;
}
