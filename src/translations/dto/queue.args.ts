import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';

@ArgsType()
export class TranslationQueueArgs extends PaginationArgs {
  @Field({ description: 'The locale of the translations.' })
  @IsString()
  @MaxLength(16)
  locale!: string;
}

@ArgsType()
export class MergeStoriesArgs {
  @Field(() => ID, { description: 'The story that stays: its relations win.' })
  @IsUUID()
  targetStoryId!: string;

  @Field(() => ID, { description: 'The story whose versions move to the target; it is removed.' })
  @IsUUID()
  sourceStoryId!: string;
}
