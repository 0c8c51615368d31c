import { ArticleRevision } from '../articles/entities/article-revision.entity.js';
import { ArticleSlugRedirect } from '../articles/entities/article-slug-redirect.entity.js';
import { Article } from '../articles/entities/article.entity.js';
import { StoryAuthor } from '../articles/entities/story-author.entity.js';
import { StorySection } from '../articles/entities/story-section.entity.js';
import { StoryTag } from '../articles/entities/story-tag.entity.js';
import { Story } from '../articles/entities/story.entity.js';
import { ApiToken } from '../auth/entities/api-token.entity.js';
import { UserSession } from '../auth/entities/user-session.entity.js';
import { User } from '../auth/entities/user.entity.js';
import { AuthorTranslation } from '../authors/entities/author-translation.entity.js';
import { Author } from '../authors/entities/author.entity.js';
import { NewsletterListTranslation } from '../newsletter/entities/newsletter-list-translation.entity.js';
import { NewsletterList } from '../newsletter/entities/newsletter-list.entity.js';
import { NewsletterToken } from '../newsletter/entities/newsletter-token.entity.js';
import { OutboxMessage } from '../newsletter/entities/outbox-message.entity.js';
import { SubscriberErasure } from '../newsletter/entities/subscriber-erasure.entity.js';
import { Subscriber } from '../newsletter/entities/subscriber.entity.js';
import { Subscription } from '../newsletter/entities/subscription.entity.js';
import { SectionTranslation } from '../sections/entities/section-translation.entity.js';
import { Section } from '../sections/entities/section.entity.js';
import { TagTranslation } from '../tags/entities/tag-translation.entity.js';
import { Tag } from '../tags/entities/tag.entity.js';
import { StoryMerge } from '../translations/entities/story-merge.entity.js';
import { WebhookDelivery } from '../webhooks/entities/webhook-delivery.entity.js';

/** Every entity, listed explicitly: no globs, so the app, the CLI and the tests load the same set. */
export const ENTITIES = [
  Section,
  SectionTranslation,
  Tag,
  TagTranslation,
  Author,
  AuthorTranslation,
  User,
  UserSession,
  ApiToken,
  Story,
  StoryAuthor,
  StorySection,
  StoryTag,
  Article,
  ArticleRevision,
  ArticleSlugRedirect,
  NewsletterList,
  NewsletterListTranslation,
  Subscriber,
  Subscription,
  NewsletterToken,
  OutboxMessage,
  StoryMerge,
  SubscriberErasure,
  WebhookDelivery,
];
