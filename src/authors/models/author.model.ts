import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedModel } from '../../common/localized.js';

@ObjectType('Author')
export class AuthorModel extends LocalizedModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The locale this author was requested in (the bio is localized).' })
  locale!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => String, { nullable: true, description: 'X (Twitter) handle, without the @.' })
  twitterHandle!: string | null;

  @Field(() => String, { nullable: true })
  avatarUrl!: string | null;

  @Field(() => String, { nullable: true })
  bio!: string | null;
}
