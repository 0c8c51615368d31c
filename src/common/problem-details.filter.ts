import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { toAppError } from './errors.js';

/**
 * REST errors as RFC 9457 problem details with the same codes as GraphQL. GraphQL errors are left to
 * Apollo's formatError (rethrown: a returned error is only treated as one when it is an `Error` of the same realm), so each protocol is formatted in one place.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const error = toAppError(exception);
    response
      .status(error.httpStatus)
      .type('application/problem+json')
      .setHeader('Cache-Control', 'no-store')
      .json({
        type: `urn:redazione:error:${error.code.toLowerCase()}`,
        title: error.message,
        status: error.httpStatus,
        code: error.code,
        ...error.details,
      });
  }
}
