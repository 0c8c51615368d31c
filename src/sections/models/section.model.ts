import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedModel } from '../../common/localized.js';

@ObjectType('Section')
export class SectionModel extends LocalizedModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The locale this section was requested in.' })
  locale!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: 'Menu order among siblings.' })
  position!: number;

  parentId!: string | null;
}
