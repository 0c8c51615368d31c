import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IdArgs } from './id.args.js';
import { CreateUserInput, UpdateUserInput } from './user.input.js';

@ArgsType()
export class CreateUserArgs {
  @Field(() => CreateUserInput)
  @ValidateNested()
  @Type(() => CreateUserInput)
  input!: CreateUserInput;
}

@ArgsType()
export class UpdateUserArgs extends IdArgs {
  @Field(() => UpdateUserInput)
  @ValidateNested()
  @Type(() => UpdateUserInput)
  input!: UpdateUserInput;
}
