import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppError, type FieldProblem } from './errors.js';

function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/** Where callers' input arrives: REST bodies, query strings and path parameters, and GraphQL arguments. */
const INPUT_SOURCES = new Set<string>(['body', 'query', 'param', 'args']);

/**
 * Validates what callers send, and only that: a GraphQL field resolver's parent is our own model, and
 * validating it (a copy and a walk of every article on every field of a page) would cost more than
 * the field itself.
 */
class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return INPUT_SOURCES.has(metadata.type) && super.toValidate(metadata);
  }
}

/** Validates every DTO with class-validator; a failure lists every failing field. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      return AppError.badInput(`Invalid input: ${fields.map((problem) => problem.field).join(', ')}`, fields);
    },
  });
}
