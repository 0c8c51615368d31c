import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the argon2 input, so a megabyte "password" cannot tie up a CPU. */
export const MAX_PASSWORD_LENGTH = 256;

/** The rules for a new password: length is what makes a password strong; no composition rules (NIST 800-63B). */
export function IsNewPassword(): PropertyDecorator {
  return applyDecorators(IsString(), MinLength(MIN_PASSWORD_LENGTH), MaxLength(MAX_PASSWORD_LENGTH));
}
