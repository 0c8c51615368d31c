import type { ChangedArticle, ContentChange, ContentChangeType } from '../changes/content-change.js';

/** The JSON body of a webhook: one content change, as frontends and CDNs revalidate by it. */
export interface WebhookPayload {
  /** The event's id: the same in the deliveries to every URL and in every retry. */
  id: string;
  type: ContentChangeType;
  /** When the change was made (ISO 8601). Retries can reorder deliveries: receivers compare this. */
  occurredAt: string;
  /** Set for the article events. */
  article?: ChangedArticle;
  paths: string[];
  surrogateKeys: string[];
}

export function webhookPayload(id: string, change: ContentChange, occurredAt: Date): WebhookPayload {
  return {
    id,
    type: change.type,
    occurredAt: occurredAt.toISOString(),
    ...(change.article ? { article: { ...change.article } } : {}),
    paths: [...change.paths],
    surrogateKeys: [...change.surrogateKeys],
  };
}
