import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { currentResponseScope, isUncacheable } from '../cache/response-tags.js';
import { cacheControlFor, type HttpCachePolicy, type ResponseTraits } from '../common/http-cache.js';

function traitsOf({ request, response, operation }: GraphQLRequestContextWillSendResponse<object>): ResponseTraits {
  const body = response.body;
  const failed = body.kind !== 'single' || (body.singleResult.errors?.length ?? 0) > 0 || (response.http.status ?? 200) >= 400;
  return {
    // A preview token or a newsletter link is a credential too: its answer is for the caller only.
    authenticated: Boolean(request.http?.headers.get('authorization')) || isUncacheable(),
    successfulQuery: operation?.operation === 'query' && !failed,
  };
}

/**
 * Sets Cache-Control and Vary on every response that went through Apollo's pipeline, so a CDN in front
 * of the API can cache public reads. It replaces Apollo's per-field cache hints (disabled in
 * graphql.options.ts): the content is the same for every anonymous reader, so one policy fits all.
 * The response depends on the Authorization header (who asks) and the Accept header (its media type).
 * A shareable response also lists its surrogate keys (Surrogate-Key), as REST reads do, so a CDN can purge it.
 */
export function cacheControlPlugin(policy: HttpCachePolicy): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          const headers = requestContext.response.http.headers;
          headers.set('cache-control', cacheControlFor(traitsOf(requestContext), policy));
          headers.set('vary', 'Accept, Authorization');
          const tags = currentResponseScope()?.tags;
          if (tags?.size && headers.get('cache-control')?.startsWith('public')) headers.set('surrogate-key', [...tags].join(' '));
        },
      };
    },
  };
}
