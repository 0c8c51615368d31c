import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';

@ArgsType()
export class AuthorsArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'The locale of the bios; the default locale when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  locale?: string;
}

@ArgsType()
export class AuthorArgs {
  @Field()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  @MaxLength(140)
  slug!: string;

  @Field(() => String, { nullable: true, description: 'The locale of the bio; the default locale when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  locale?: string;
}
