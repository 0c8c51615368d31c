import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { formatGraphQLError } from './graphql-errors.js';

export function graphqlOptions(): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    introspection: true,
    // Authentication is by bearer token, never by cookie, so a cross-site request carries no credentials:
    // CSRF prevention would only block the anonymous GET requests that CDNs cache.
    csrfPrevention: false,
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
