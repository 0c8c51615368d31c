import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Locales } from './locales.js';

@ObjectType('LocaleConfiguration')
export class LocaleConfigurationModel {
  @Field(() => [String], { description: 'Every content locale, from LOCALES.' })
  supported!: string[];

  @Field({ description: 'The locale localized fields fall back to.' })
  defaultLocale!: string;
}

@Resolver()
export class LocalesResolver {
  constructor(private readonly configured: Locales) {}

  @Query(() => LocaleConfigurationModel, { description: 'The configured content locales: adding one to LOCALES is all it takes.' })
  locales(): LocaleConfigurationModel {
    return { supported: [...this.configured.supported], defaultLocale: this.configured.defaultLocale };
  }
}
