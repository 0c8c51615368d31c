import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength, MinDate, MinLength, ValidateNested } from 'class-validator';
import { Role } from '../entities/user.entity.js';
import { trim } from './transforms.js';

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, e.g. "translation service".' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => Date, { nullable: true, description: 'When it stops working; never when omitted.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt?: Date | null;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field(() => CreateApiTokenInput)
  @ValidateNested()
  @Type(() => CreateApiTokenInput)
  input!: CreateApiTokenInput;
}
