import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayNotEmpty, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PaginationArgs } from '../../common/pagination/pagination.args.js';
import { SubscriberStatus } from '../entities/subscriber.entity.js';
import { ListKeys } from './limits.js';
import { CreateNewsletterListInput, UpdateNewsletterListInput } from './newsroom.input.js';

@ArgsType()
export class NewsletterListIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class CreateNewsletterListArgs {
  @Field(() => CreateNewsletterListInput)
  @ValidateNested()
  @Type(() => CreateNewsletterListInput)
  input!: CreateNewsletterListInput;
}

@ArgsType()
export class UpdateNewsletterListArgs extends NewsletterListIdArgs {
  @Field(() => UpdateNewsletterListInput)
  @ValidateNested()
  @Type(() => UpdateNewsletterListInput)
  input!: UpdateNewsletterListInput;
}

/** Which subscribers: of one list (active or not), in one status. Shared by the page and the CSV export. */
@ArgsType()
export class SubscriberFilterArgs {
  @Field(() => String, { nullable: true, description: 'A list key: only its subscribers.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  list?: string;

  @Field(() => SubscriberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SubscriberStatus)
  status?: SubscriberStatus;
}

@ArgsType()
export class NewsletterSubscribersArgs extends IntersectionType(PaginationArgs, SubscriberFilterArgs, ArgsType) {
  @Field(() => String, { nullable: true, description: 'Part of the email address (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  search?: string;
}

@ArgsType()
export class SubscriberEmailArgs {
  @Field({ description: 'Normalized (trimmed, lower-cased) before the lookup.' })
  @IsString()
  @MaxLength(320)
  email!: string;
}

/** A comma-separated query parameter (REST) as a list; GraphQL lists pass through. */
const commaList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : value);

/** The lists an import adds its rows to: a GraphQL list, or `?lists=a,b` on the REST upload. */
@ArgsType()
export class ImportListsArgs {
  @Field(() => [String], { description: 'Keys of the (active) lists every imported row joins.' })
  @Transform(commaList)
  @ListKeys()
  @ArrayNotEmpty()
  lists!: string[];
}

@ArgsType()
export class ImportSubscribersArgs extends ImportListsArgs {
  @Field({ description: 'The CSV: a header row naming the columns (email required; locale, consent_at, consent_text, consent_version read; others ignored).' })
  @IsString()
  csv!: string;
}
