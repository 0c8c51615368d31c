import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { IsNewPassword, MAX_PASSWORD_LENGTH } from './password.js';

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @Field({ description: `At least 12 characters.` })
  @IsNewPassword()
  newPassword!: string;
}
