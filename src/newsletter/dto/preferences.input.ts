import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { ListKeys } from './limits.js';

@InputType()
export class NewsletterPreferencesInput {
  @Field(() => [String], { description: 'Keys of the lists to receive; an empty list unsubscribes.' })
  @ListKeys()
  lists!: string[];

  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}
