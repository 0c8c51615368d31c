import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../entities/user.entity.js';
import { IsNewPassword } from './password.js';
import { toEmail, trim } from './transforms.js';

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(toEmail)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field({ description: 'At least 12 characters.' })
  @IsNewPassword()
  password!: string;

  @Field(() => ID, { nullable: true, description: 'The author profile this user writes as.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;
}

/** Only the fields given change. A new role or password ends the user's sessions. */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(toEmail)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field({ nullable: true, description: 'Sets a new password (at least 12 characters).' })
  @IsOptional()
  @IsNewPassword()
  password?: string;

  @Field(() => ID, { nullable: true, description: 'Link an author profile; null unlinks.' })
  @IsOptional()
  @IsUUID()
  authorId?: string | null;
}
