import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.model.js';
import { NewsletterFrequency } from '../entities/newsletter-list.entity.js';
import { NewsletterTokenPurpose } from '../entities/newsletter-token.entity.js';
import { OutboxStatus } from '../entities/outbox-message.entity.js';
import { SubscriberStatus } from '../entities/subscriber.entity.js';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(NewsletterTokenPurpose, { name: 'NewsletterTokenPurpose' });
registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

@ObjectType('NewsletterListTranslation')
export class NewsletterListTranslationModel {
  @Field()
  locale!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

/** A list as the newsroom manages it: every translation, and whether readers can still subscribe. */
@ObjectType('NewsroomNewsletterList')
export class NewsroomNewsletterListModel {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;

  @Field(() => NewsletterFrequency)
  frequency!: NewsletterFrequency;

  @Field({ description: 'False once deactivated: readers can no longer subscribe, existing subscriptions are kept.' })
  active!: boolean;

  @Field(() => Int, { description: 'Menu order.' })
  position!: number;

  @Field(() => [NewsletterListTranslationModel])
  translations!: NewsletterListTranslationModel[];

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

/** A subscriber as the newsroom sees it, with the consent record. */
@ObjectType('NewsletterSubscriber')
export class NewsletterSubscriberModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  locale!: string;

  @Field(() => SubscriberStatus)
  status!: SubscriberStatus;

  @Field(() => [String], { description: 'Keys of the lists subscribed to (requested, while PENDING).' })
  lists!: string[];

  @Field(() => Date, { nullable: true })
  consentAt!: Date | null;

  @Field(() => String, { nullable: true })
  consentText!: string | null;

  @Field(() => String, { nullable: true })
  consentVersion!: string | null;

  @Field(() => String, { nullable: true, description: 'Where consent was given: graphql, rest (plus the form), or import.' })
  consentSource!: string | null;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  unsubscribedAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const NewsletterSubscriberConnection = Connection(NewsletterSubscriberModel, 'NewsletterSubscriber');

@ObjectType('NewsletterSubscriberCount')
export class NewsletterSubscriberCountModel {
  @Field(() => String, { nullable: true, description: 'The list key; null for all subscribers, whatever their lists.' })
  list!: string | null;

  @Field(() => SubscriberStatus)
  status!: SubscriberStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('NewsletterSubscriptionRecord')
export class NewsletterSubscriptionRecordModel {
  @Field()
  list!: string;

  @Field()
  subscribedAt!: Date;
}

@ObjectType('NewsletterTokenRecord', { description: 'A link token sent by email: its metadata only; the hash is never shown.' })
export class NewsletterTokenRecordModel {
  @Field(() => NewsletterTokenPurpose)
  purpose!: NewsletterTokenPurpose;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  usedAt!: Date | null;
}

@ObjectType('NewsletterEmailRecord', { description: 'An email to the person in the outbox; bodies are left out (they hold live links).' })
export class NewsletterEmailRecordModel {
  @Field(() => ID)
  id!: string;

  @Field()
  subject!: string;

  @Field(() => OutboxStatus)
  status!: OutboxStatus;

  @Field(() => Int)
  attempts!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}

/** Everything stored about one address (GDPR art. 15 and 20). */
@ObjectType('NewsletterSubscriberData')
export class NewsletterSubscriberDataModel {
  @Field({ description: 'The address as normalized.' })
  email!: string;

  @Field({ description: 'Whether the address was erased (only a keyed hash of it is kept).' })
  erased!: boolean;

  @Field(() => NewsletterSubscriberModel, { nullable: true })
  subscriber!: NewsletterSubscriberModel | null;

  @Field(() => [NewsletterSubscriptionRecordModel])
  subscriptions!: NewsletterSubscriptionRecordModel[];

  @Field(() => [NewsletterTokenRecordModel])
  tokens!: NewsletterTokenRecordModel[];

  @Field(() => [NewsletterEmailRecordModel])
  emails!: NewsletterEmailRecordModel[];
}

@ObjectType('NewsletterErasure')
export class NewsletterErasureModel {
  @Field()
  email!: string;

  @Field({ description: 'Whether a subscriber was stored (the erasure is recorded either way, so imports skip the address).' })
  subscriberFound!: boolean;

  @Field(() => Int, { description: 'Emails to the address removed from the outbox, sent or not.' })
  emailsDeleted!: number;
}

@ObjectType('NewsletterImportRejection')
export class NewsletterImportRejectionModel {
  @Field(() => Int, { description: 'The line of the CSV the row starts on (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The email field as written in the file.' })
  email!: string | null;

  @Field()
  reason!: string;
}

@ObjectType('NewsletterImportReport')
export class NewsletterImportReportModel {
  @Field(() => Int, { description: 'Data rows read (the header excluded).' })
  rows!: number;

  @Field(() => Int, { description: 'New subscribers: ACTIVE with the consent date of the file, or PENDING with a confirmation email.' })
  created!: number;

  @Field(() => Int, { description: 'Confirmation emails queued, one per new subscriber without a consent date.' })
  confirmationsSent!: number;

  @Field(() => Int, { description: 'Known subscribers added to one of the lists.' })
  updated!: number;

  @Field(() => Int, { description: 'Known subscribers already on every list.' })
  unchanged!: number;

  @Field(() => Int)
  rejectedCount!: number;

  @Field(() => [NewsletterImportRejectionModel], { description: 'The rejected rows, the first 1000.' })
  rejected!: NewsletterImportRejectionModel[];
}
