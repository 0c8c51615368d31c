import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NewsletterFrequency } from '../entities/newsletter-list.entity.js';
import { SubscriberStatus } from '../entities/subscriber.entity.js';

registerEnumType(NewsletterFrequency, { name: 'NewsletterFrequency' });
registerEnumType(SubscriberStatus, { name: 'NewsletterSubscriberStatus' });

/** A list as readers see it, named in the requested locale (or the default one). */
@ObjectType('NewsletterList')
export class NewsletterListModel {
  @Field({ description: 'Stable identifier, used to subscribe, e.g. "daily-it".' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => NewsletterFrequency)
  frequency!: NewsletterFrequency;

  @Field({ description: 'The locale of name and description (the default one when the requested is missing).' })
  locale!: string;
}

/** The same answer for every sign-up, whatever the address's state: nothing here tells whether it was known. */
@ObjectType('NewsletterSignUp')
export class NewsletterSignUpModel {
  @Field()
  accepted!: boolean;

  @Field({ description: 'What to tell the reader, in the requested locale.' })
  message!: string;
}

/** What the holder of a link from an email may see and change. */
@ObjectType('NewsletterPreferences')
export class NewsletterPreferencesModel {
  @Field()
  email!: string;

  @Field()
  locale!: string;

  @Field(() => SubscriberStatus)
  status!: SubscriberStatus;

  @Field(() => [NewsletterListModel], { description: 'The lists subscribed to (or requested, while PENDING).' })
  lists!: NewsletterListModel[];
}
