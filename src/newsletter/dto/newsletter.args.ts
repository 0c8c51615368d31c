import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ListKeys, TOKEN_PATTERN } from './limits.js';
import { NewsletterPreferencesInput } from './preferences.input.js';


@ArgsType()
export class NewsletterListsArgs {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}

/** The token from an email link (GraphQL arguments, REST query string, page forms). */
@ArgsType()
export class NewsletterTokenArgs {
  @Field({ description: 'The token from the link in the email.' })
  @IsString()
  @Matches(TOKEN_PATTERN, { message: 'token is not a valid link token' })
  token!: string;
}

@ArgsType()
export class UnsubscribeArgs extends NewsletterTokenArgs {
  @Field(() => [String], { nullable: true, description: 'Keys of the lists to leave; all of them when omitted.' })
  @IsOptional()
  @ListKeys()
  lists?: string[];
}

@ArgsType()
export class UpdatePreferencesArgs extends NewsletterTokenArgs {
  @Field(() => NewsletterPreferencesInput)
  @ValidateNested()
  @Type(() => NewsletterPreferencesInput)
  input!: NewsletterPreferencesInput;
}
