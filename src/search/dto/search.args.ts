import { ArgsType, Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';

export const MAX_SEARCH_QUERY_LENGTH = 200;

@ArgsType()
export class SearchArgs extends PaginationArgs {
  @Field({
    description: `What the reader typed, 1 to ${MAX_SEARCH_QUERY_LENGTH} characters: words, "an exact phrase", this or that, -excluded (web-search syntax: no input is a syntax error).`,
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, MAX_SEARCH_QUERY_LENGTH)
  query!: string;

  @Field({ description: 'The language searched, with its stemming: only versions written in it are found.' })
  @IsString()
  @MaxLength(16)
  locale!: string;
}
