import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength } from 'class-validator';
import { AppError } from './errors.js';
import { SLUG_PATTERN, slugify } from './slugify.js';
import type { UniqueViolation } from './unique-violation.js';

/** The slug columns of sections, tags and authors. */
export const MAX_SLUG_LENGTH = 140;

/** Validates a slug given in an input. */
export function IsSlug(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    MaxLength(MAX_SLUG_LENGTH),
    Matches(SLUG_PATTERN, { message: '$property must be lower-case letters and digits in words joined by single hyphens' }),
  );
}

/** The slug given, or one made from the name; BAD_USER_INPUT naming `field` when the name yields none. */
export function slugOrFromName(slug: string | undefined | null, name: string, field: string): string {
  const result = slug ?? slugify(name, MAX_SLUG_LENGTH);
  if (result) return result;
  const message = `${field} is required: no slug can be made from "${name}"`;
  throw AppError.badInput(message, [{ field, messages: [message] }]);
}

/**
 * A unique violation on a slug index ((locale, slug) for translations, (slug) for authors) as a
 * CONFLICT naming the input field the slug came from; undefined for other violations.
 */
export function slugConflict(violation: UniqueViolation, fieldOf: (locale: string | undefined) => string): AppError | undefined {
  const valueOf = (column: string) => violation.values[violation.columns.indexOf(column)];
  const slug = valueOf('slug');
  if (slug === undefined) return undefined;
  const locale = valueOf('locale');
  const where = locale ? ` in locale "${locale}"` : '';
  return AppError.conflict(`The slug "${slug}" is already taken${where}`, { field: fieldOf(locale), slug, ...(locale ? { locale } : {}) });
}
