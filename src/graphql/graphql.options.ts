import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config.js';
import { cacheControlPlugin } from './cache-control.plugin.js';
import { formatGraphQLError } from './graphql-errors.js';
import { persistedQueryCache } from './persisted-query-cache.js';
import { queryLimitRules, queryParseOptions } from './query-limits.js';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
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
    parseOptions: queryParseOptions(config),
    validationRules: queryLimitRules(config),
    // No "Did you mean ...?" in production: it would let anyone map the schema field by field.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    persistedQueries: { cache: persistedQueryCache(config.GRAPHQL_APQ_CACHE_MB), ttl: null },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      cacheControlPlugin({ maxAgeSeconds: config.HTTP_CACHE_MAX_AGE_SECONDS, staleWhileRevalidateSeconds: config.HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS }),
    ],
    formatError: formatGraphQLError,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
