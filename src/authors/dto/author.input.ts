import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IdArgs } from '../../auth/dto/id.args.js';
import { trim } from '../../auth/dto/transforms.js';
import { TranslationKeyArgs } from '../../common/locale.args.js';
import { IsSlug } from '../../common/slug.js';

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** "@name" and " name " are both the handle "name". */
const toHandle = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/^@/, '') : value);
/** Optional, but never null: the column is required (null would otherwise pass `@IsOptional`). */
const givenUnlessUndefined = ValidateIf((_object: object, value: unknown) => value !== undefined);

@InputType()
export class AuthorBioFields {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  bio!: string;
}

@InputType()
export class AuthorBioInput extends AuthorBioFields {
  @Field()
  @IsString()
  @MaxLength(16)
  locale!: string;
}

/** The author's fields that are the same in every language. */
@InputType()
export class UpdateAuthorInput {
  @Field({ nullable: true })
  @givenUnlessUndefined
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when an author is created without one; kept when the name changes.' })
  @givenUnlessUndefined
  @IsSlug()
  slug?: string;

  @Field(() => String, { nullable: true, description: 'X (Twitter) handle, with or without the @; null removes it.' })
  @IsOptional()
  @Transform(toHandle)
  @Matches(HANDLE, { message: '$property must be 1 to 15 letters, digits or underscores' })
  twitterHandle?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL; null removes it.' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: '$property must be an http or https URL' })
  @MaxLength(2048)
  avatarUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who writes as this author; null unlinks.' })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

@InputType()
export class CreateAuthorInput extends UpdateAuthorInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  override name!: string;

  @Field(() => [AuthorBioInput], { defaultValue: [], description: 'The bio in each locale.' })
  @ValidateNested({ each: true })
  @Type(() => AuthorBioInput)
  @ArrayMaxSize(20)
  bios: AuthorBioInput[] = [];
}

@ArgsType()
export class CreateAuthorArgs {
  @Field(() => CreateAuthorInput)
  @ValidateNested()
  @Type(() => CreateAuthorInput)
  input!: CreateAuthorInput;
}

@ArgsType()
export class UpdateAuthorArgs extends IdArgs {
  @Field(() => UpdateAuthorInput)
  @ValidateNested()
  @Type(() => UpdateAuthorInput)
  input!: UpdateAuthorInput;
}

@ArgsType()
export class UpdateAuthorTranslationArgs extends TranslationKeyArgs {
  @Field(() => AuthorBioFields)
  @ValidateNested()
  @Type(() => AuthorBioFields)
  input!: AuthorBioFields;
}
