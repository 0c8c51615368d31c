import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination/pagination.args.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class LocaleQuery {
  @ApiProperty({ example: 'en', description: 'One of the configured locales.' })
  @IsString()
  @MaxLength(16)
  locale!: string;
}

export class OptionalLocaleQuery {
  @ApiPropertyOptional({ example: 'en', description: 'The locale of localized fields; the default locale when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  locale?: string;
}

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class ArticleListQuery extends PageQuery {
  @ApiProperty({ example: 'en' })
  @IsString()
  @MaxLength(16)
  locale!: string;

  @ApiPropertyOptional({ description: "Section slug; the section's subsections are included." })
  @IsOptional()
  @Matches(SLUG)
  section?: string;

  @ApiPropertyOptional({ description: 'Tag slug.' })
  @IsOptional()
  @Matches(SLUG)
  tag?: string;

  @ApiPropertyOptional({ description: 'Author slug.' })
  @IsOptional()
  @Matches(SLUG)
  author?: string;
}

export class TagListQuery extends PageQuery {
  @ApiProperty({ example: 'en' })
  @IsString()
  @MaxLength(16)
  locale!: string;

  @ApiPropertyOptional({ description: 'Part of the tag name, case-insensitive.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  search?: string;
}

export class AuthorListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'en', description: 'The locale of the bios; the default locale when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  locale?: string;
}

export class SearchQueryParams extends PageQuery {
  @ApiProperty({ description: 'What to look for; quotes, OR and -exclusions work as in web search engines.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q!: string;

  @ApiProperty({ example: 'en' })
  @IsString()
  @MaxLength(16)
  locale!: string;
}
