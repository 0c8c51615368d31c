/** What happened to public content, as the webhooks deliver it and the caches purge by it. */
export type ContentChangeType =
  | 'article.published'
  | 'article.updated'
  | 'article.unpublished'
  | 'article.deleted'
  | 'taxonomy.updated'
  | 'newsletter-lists.updated'
  /** Another instance committed changes with these keys: what it told the others, for their caches. */
  | 'remote.purge';

export interface ChangedArticle {
  id: string;
  storyId: string;
  locale: string;
  slug: string;
  /** Its canonical path after the change (before it, for an unpublished or deleted version). */
  path: string;
}

export interface ContentChange {
  type: ContentChangeType;
  /** Set for the article events. */
  article?: ChangedArticle;
  /** The public paths whose pages show what changed: the article before and after, and its listing pages. */
  paths: string[];
  /** The surrogate keys of every cached response that may show what changed. */
  surrogateKeys: string[];
}
