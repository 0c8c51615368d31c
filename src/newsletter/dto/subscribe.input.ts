import { Field, InputType } from '@nestjs/graphql';
import { ArrayNotEmpty, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { ListKeys } from './limits.js';

@InputType()
export class SubscribeToNewsletterInput {
  @Field({ description: 'Normalized (trimmed, lower-cased) and validated; ASCII only.' })
  @IsString()
  @MaxLength(320)
  email!: string;

  @Field(() => [String], { description: 'Keys of the lists, e.g. "daily-it".' })
  @ListKeys()
  @ArrayNotEmpty()
  lists!: string[];

  @Field({ description: 'The language of the emails.' })
  @IsString()
  @MaxLength(16)
  locale!: string;

  @Field({ description: 'Must be true: the reader agreed to receive the newsletters.' })
  @IsBoolean()
  consent!: boolean;

  @Field(() => String, { nullable: true, description: 'The consent text the reader was shown, recorded with the subscription.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  consentText?: string;

  @Field(() => String, { nullable: true, description: 'The version of that text.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  consentVersion?: string;

  @Field(() => String, { nullable: true, description: 'Where the form was, e.g. "web:footer" or "ios:onboarding".' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  source?: string;
}
