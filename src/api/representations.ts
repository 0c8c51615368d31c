import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The REST API's JSON shapes. Field names and meanings are those of the GraphQL types of the same
 * name, so a client reads a `Section` or an `Article` the same way over both protocols.
 */
export class LocalizedJson {
  @ApiProperty({ description: 'The locale the localized fields are in: the requested one, or the default when it is missing.' })
  servedLocale!: string;

  @ApiProperty({ description: 'True when the requested locale was missing and the default locale is shown.' })
  isFallback!: boolean;
}

export class SectionRefJson extends LocalizedJson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ example: '/en/energy' }) path!: string;
}

export class SectionJson extends SectionRefJson {
  @ApiProperty() locale!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ description: 'Menu order among siblings.' }) position!: number;
  @ApiProperty({ type: [SectionRefJson], description: 'From the top-level section down to the parent: the breadcrumb.' }) ancestors!: SectionRefJson[];
  @ApiPropertyOptional({ type: () => [SectionJson], description: 'Subsections in menu order (in the tree listing).' }) children?: SectionJson[];
}

export class TagJson extends LocalizedJson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ example: '/en/tag/ukraine' }) path!: string;
}

export class AuthorJson extends LocalizedJson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ nullable: true, type: String, description: 'X (Twitter) handle, without the @.' }) twitterHandle!: string | null;
  @ApiProperty({ nullable: true, type: String }) avatarUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) bio!: string | null;
  @ApiProperty({ example: '/en/author/simone-de-la-feld' }) path!: string;
}

export class FeaturedImageJson {
  @ApiProperty() url!: string;
  @ApiProperty({ nullable: true, type: String }) alt!: string | null;
  @ApiProperty({ nullable: true, type: String }) caption!: string | null;
  @ApiProperty({ nullable: true, type: String }) credit!: string | null;
  @ApiProperty({ nullable: true, type: Number }) width!: number | null;
  @ApiProperty({ nullable: true, type: Number }) height!: number | null;
}

export class TranslationRefJson {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() canonicalPath!: string;
}

/** An article in a list: everything but the body. */
export class ArticleSummaryJson {
  @ApiProperty({ format: 'uuid', description: "The language version's id." }) id!: string;
  @ApiProperty({ format: 'uuid', description: "The story's id, shared by every language version." }) storyId!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) subtitle!: string | null;
  @ApiProperty({ nullable: true, type: String }) excerpt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() readingTimeMinutes!: number;
  @ApiProperty() canonicalPath!: string;
  @ApiProperty({ type: FeaturedImageJson, nullable: true }) featuredImage!: FeaturedImageJson | null;
  @ApiProperty({ type: [AuthorJson] }) authors!: AuthorJson[];
  @ApiProperty({ type: SectionJson, nullable: true }) primarySection!: SectionJson | null;
  @ApiProperty({ type: [TagJson] }) tags!: TagJson[];
}

/** An article page: the summary plus the body and what a page needs around it. */
export class ArticleJson extends ArticleSummaryJson {
  @ApiProperty({ description: 'Sanitized HTML.' }) body!: string;
  @ApiProperty({ nullable: true, type: String }) translationCredit!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [SectionJson] }) sections!: SectionJson[];
  @ApiProperty({ type: [TranslationRefJson] }) translations!: TranslationRefJson[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'schema.org NewsArticle (JSON-LD), as Article.structuredData in GraphQL.' })
  structuredData!: Record<string, unknown>;
}

export class PageJson {
  @ApiProperty({ description: 'How many items the whole list holds.' }) totalCount!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page.' }) nextCursor!: string | null;
}

export class ArticlePageJson extends PageJson {
  @ApiProperty({ type: [ArticleSummaryJson] }) items!: ArticleSummaryJson[];
}

export class TagPageJson extends PageJson {
  @ApiProperty({ type: [TagJson] }) items!: TagJson[];
}

export class AuthorPageJson extends PageJson {
  @ApiProperty({ type: [AuthorJson] }) items!: AuthorJson[];
}

export class ProblemJson {
  @ApiProperty({ example: 'urn:redazione:error:not_found' }) type!: string;
  @ApiProperty() title!: string;
  @ApiProperty() status!: number;
  @ApiProperty({ enum: ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'] }) code!: string;
  @ApiPropertyOptional({ description: 'With BAD_USER_INPUT: every failing field and why.' }) fields?: { field: string; messages: string[] }[];
}

export class SearchHitJson {
  @ApiProperty({ type: ArticleSummaryJson }) article!: ArticleSummaryJson;
  @ApiProperty({ description: 'Escaped text with <mark>…</mark> around the matches.' }) headline!: string;
  @ApiProperty() rank!: number;
}

export class SearchPageJson extends PageJson {
  @ApiProperty({ type: [SearchHitJson] }) items!: SearchHitJson[];
}
