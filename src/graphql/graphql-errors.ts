import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { toAppError } from '../common/errors.js';

/**
 * Apollo's formatError: parse and validation errors keep Apollo's own codes; everything thrown while
 * executing goes through `toAppError`, so the codes match REST's and internals never leak.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && !original.originalError) return formatted;
  const appError = toAppError(original);
  return {
    message: appError.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: appError.code, ...appError.details },
  };
}
