import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsString, MaxLength } from 'class-validator';

/** Tokens are 43 base64url characters (256 bits); anything else is refused before a database lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** The most lists one request may name. */
export const MAX_LISTS = 20;

/**
 * The validation of a `lists` argument, everywhere lists are named by key: strings of at most 80
 * characters, no more than MAX_LISTS of them, no repeats (one decorator, so every entry point agrees).
 */
export function ListKeys(): PropertyDecorator {
  return applyDecorators(IsString({ each: true }), MaxLength(80, { each: true }), ArrayMaxSize(MAX_LISTS), ArrayUnique());
}
