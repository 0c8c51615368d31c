export interface HttpCachePolicy {
  maxAgeSeconds: number;
  staleWhileRevalidateSeconds: number;
}

/** What decides whether a response may be stored, and by whom. */
export interface ResponseTraits {
  /** The request carries credentials: its answer may depend on who asks. */
  authenticated: boolean;
  /** A query (not a mutation) that ran and returned no error. */
  successfulQuery: boolean;
}

const NO_STORE = 'no-store';
const PRIVATE_NO_STORE = 'private, no-store';

/** The Cache-Control header of a read (GraphQL or REST): only anonymous, successful reads are shareable. */
export function cacheControlFor({ authenticated, successfulQuery }: ResponseTraits, policy: HttpCachePolicy): string {
  if (authenticated) return PRIVATE_NO_STORE;
  if (!successfulQuery) return NO_STORE;
  const staleWhileRevalidate = policy.staleWhileRevalidateSeconds > 0 ? `, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}` : '';
  return `public, max-age=${policy.maxAgeSeconds}${staleWhileRevalidate}`;
}
