/**
 * The surrogate keys a response is tagged with and a change purges. One vocabulary for the
 * Surrogate-Key header of REST reads, the response cache and the webhooks, so a key a change announces
 * is the key the responses that show it carry.
 */
export const SurrogateKeys = {
  /** An article version, a story, a section, a tag or an author: its id (ids are UUIDs, unique across kinds). */
  entity: (id: string): string => id,
  /** Every list of articles in a locale (lists, searches, lookups that found nothing): a publication can enter any of them. */
  articleLists: (locale: string): string => `articles-${locale}`,
  /** Every search in a locale: any edit of a public version's text can change what a search finds. */
  search: (locale: string): string => `search-${locale}`,
  /** Anything that shows sections, tags or authors: their edits are rare and can change every path. */
  taxonomy: 'taxonomy',
  newsletterLists: 'newsletter-lists',
} as const;
