import { Initial1796008413143 } from './1796008413143-Initial.js';
import { NewsletterTokens1796009602121 } from './1796009602121-NewsletterTokens.js';
import { ArticlePublishedAtMilliseconds1796010890199 } from './1796010890199-ArticlePublishedAtMilliseconds.js';
import { AuthSessionsAndTokens1796011264282 } from './1796011264282-AuthSessionsAndTokens.js';
import { NewsletterNewsroom1796013205448 } from './1796013205448-NewsletterNewsroom.js';
import { StoryMerges1796015383703 } from './1796015383703-StoryMerges.js';
import { WebhookDeliveries1796016802010 } from './1796016802010-WebhookDeliveries.js';
import { ListingIndexes1796018222864 } from './1796018222864-ListingIndexes.js';

/** Every migration, in order: listed explicitly so the app, the CLI scripts and the tests run the same set. */
export const MIGRATIONS: Function[] = [
  Initial1796008413143,
  NewsletterTokens1796009602121,
  ArticlePublishedAtMilliseconds1796010890199,
  AuthSessionsAndTokens1796011264282,
  NewsletterNewsroom1796013205448,
  StoryMerges1796015383703,
  WebhookDeliveries1796016802010,
  ListingIndexes1796018222864,
];
