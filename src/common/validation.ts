import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { AppError, type FieldProblem } from './errors.js';

function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

/**
 * Validates every DTO with class-validator; a failure lists every failing field. Fields of a named
 * argument (`@Args('input')`) are named from it (`input.title`), as the client wrote them.
 */
class FieldNamingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const fields = error instanceof AppError ? (error.details.fields as FieldProblem[] | undefined) : undefined;
      if (!fields || !metadata.data) throw error;
      const named = fields.map((problem) => ({ ...problem, field: `${metadata.data}.${problem.field}` }));
      throw AppError.badInput(`Invalid input: ${named.map((problem) => problem.field).join(', ')}`, named);
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new FieldNamingValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => {
      const fields = fieldProblems(errors);
      return AppError.badInput(`Invalid input: ${fields.map((problem) => problem.field).join(', ')}`, fields);
    },
  });
}
