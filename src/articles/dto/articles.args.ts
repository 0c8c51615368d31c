import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';

@ArgsType()
export class ArticlesArgs extends PaginationArgs {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}

@ArgsType()
export class ArticleBySlugArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  slug!: string;

  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}
