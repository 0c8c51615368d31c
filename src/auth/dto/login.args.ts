import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from './password.js';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  // No minimum length here: a login only compares; rules apply when a password is set.
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

@ArgsType()
export class RefreshSessionArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}
