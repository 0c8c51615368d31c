import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { cacheControlFor, type HttpCachePolicy, type ResponseTraits } from '../common/http-cache.js';

function traitsOf({ request, response, operation }: GraphQLRequestContextWillSendResponse<object>): ResponseTraits {
  const body = response.body;
  const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0 || (response.http.status ?? 200) >= 400;
  return {
    authenticated: Boolean(request.http?.headers.get('authorization')),
    successfulQuery: operation?.operation === 'query' && !failed,
  };
}

/**
 * Sets Cache-Control and Vary on every response that went through Apollo's pipeline, so a CDN in front
 * of the API can cache public reads. It replaces Apollo's per-field cache hints (disabled in
 * graphql.options.ts): the content is the same for every anonymous reader, so one policy fits all.
 * The response depends on the Authorization header (who asks) and the Accept header (its media type).
 */
export function cacheControlPlugin(policy: HttpCachePolicy): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const headers = requestContext.response.http.headers;
          headers.set('cache-control', cacheControlFor(traitsOf(requestContext), policy));
          headers.set('vary', 'Accept, Authorization');
        },
      };
    },
  };
}
