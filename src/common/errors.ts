import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';

/** The codes clients rely on (`extensions.code` in GraphQL, `code` in problem+json). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** An expected failure with a code the client can act on. Services throw it; one mapper turns it into a response. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly httpStatus: number = HTTP_STATUS[code],
  ) {
    super(message);
  }

  static badInput(message: string, fields: FieldProblem[] = []): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static conflict(message: string, details: Record<string, unknown> = {}): AppError {
    return new AppError(ErrorCode.CONFLICT, message, details);
  }

  /** The database is unreachable, or too slow: the client may retry later. */
  static unavailable(): AppError {
    return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The service is temporarily unavailable', {}, HttpStatus.SERVICE_UNAVAILABLE);
  }
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

const CODE_OF_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.RATE_LIMITED,
};

/** PostgreSQL and node-postgres failures that mean "the database is not answering", not "your request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '55P03', '53300', '08000', '08003', '08006', '08001', '08004']);
const UNAVAILABLE_MESSAGES = [/timeout exceeded when trying to connect/i, /Connection terminated/i, /ECONNREFUSED/, /ECONNRESET/, /Client has encountered a connection error/i];

function isDatabaseUnavailable(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string }) : (error as { code?: string });
  if (driverError?.code && UNAVAILABLE_SQLSTATES.has(driverError.code)) return true;
  const message = error instanceof Error ? error.message : '';
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)) || (error as { code?: string })?.code === 'ECONNREFUSED';
}

const logger = new Logger('Errors');

/**
 * The one place that decides what a failure looks like to a client: expected failures keep their code
 * and message; constraint violations become CONFLICT or BAD_USER_INPUT; an unreachable database is a 503;
 * anything else is logged in full and masked.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = CODE_OF_HTTP_STATUS[status];
    if (code) return new AppError(code, error.message, {}, status);
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn(`database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return AppError.unavailable();
  }
  if (error instanceof QueryFailedError) {
    const { code, constraint } = error.driverError as { code?: string; constraint?: string };
    if (code === '23505') return AppError.conflict('This value is already taken', { constraint });
    if (code === '23503' || code === '23514' || code === '22P02' || code === '22001') {
      return AppError.badInput('The input does not fit the data model', []);
    }
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
}
