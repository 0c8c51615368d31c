import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class RouteArgs {
  @Field({ description: 'A public path such as /en/world/<slug>, /it/<section>, /en/tag/<slug>, /en/author/<slug>.' })
  @IsString()
  @MaxLength(500)
  path!: string;
}
