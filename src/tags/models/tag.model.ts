import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedModel } from '../../common/localized.js';

@ObjectType('Tag')
export class TagModel extends LocalizedModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The locale this tag was requested in.' })
  locale!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;
}
