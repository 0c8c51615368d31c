import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsString, MaxLength } from 'class-validator';
import { MAX_LISTS } from './limits.js';

@InputType()
export class NewsletterPreferencesInput {
  @Field(() => [String], { description: 'Keys of the lists to receive; an empty list unsubscribes.' })
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  @ArrayMaxSize(MAX_LISTS)
  @ArrayUnique()
  lists!: string[];

  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}
