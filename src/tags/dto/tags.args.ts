import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';

@ArgsType()
export class TagsArgs extends PaginationArgs {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;

  @Field(() => String, { nullable: true, description: 'Part of the tag name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}
