import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ErrorCode, toAppError } from '../common/errors.js';
import { brokenLimitOf } from './query-limits.js';

/**
 * An error about the request itself (parse, validation, variables, persisted queries, GET mutations):
 * graphql-js or Apollo wrote it for the client, so it is safe to show. A GraphQLError that only wraps
 * an unexpected failure (no code of its own) is not.
 */
function isRequestError(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (!(original instanceof GraphQLError)) return false;
  return formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR || !original.originalError;
}

/**
 * Apollo's formatError, the one place that decides GraphQL error codes:
 * - a query over a limit (depth, cost, aliases, directives, tokens) is BAD_USER_INPUT naming the limit,
 *   whether the parser or a validation rule refused it;
 * - other request errors keep Apollo's codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 *   BAD_USER_INPUT for variables, PERSISTED_QUERY_NOT_FOUND, BAD_REQUEST);
 * - everything thrown while executing goes through `toAppError`, so the codes match REST's and
 *   internals never leak.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = brokenLimitOf(formatted);
  if (limit) return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT, limit } };
  const original = unwrapResolverError(error);
  if (isRequestError(formatted, original)) return formatted;
  const appError = toAppError(original);
  return {
    message: appError.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: appError.code, ...appError.details },
  };
}
