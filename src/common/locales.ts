import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { AppError } from './errors.js';

/** The configured locales: which exist, which is the default, and the order in which to fall back. */
@Injectable()
export class Locales {
  readonly supported: readonly string[];
  readonly defaultLocale: string;

  constructor(config: AppConfig) {
    this.supported = config.LOCALES;
    this.defaultLocale = config.DEFAULT_LOCALE;
  }

  /** Returns the locale, or fails with BAD_USER_INPUT naming the supported ones. */
  assertSupported(locale: string, field = 'locale'): string {
    if (this.supported.includes(locale)) return locale;
    return this.reject(locale, field);
  }

  /** The locales to try for a localized field, best first: the requested one, then the default. */
  fallbackChain(locale: string): string[] {
    return locale === this.defaultLocale ? [locale] : [locale, this.defaultLocale];
  }

  private reject(locale: string, field: string): never {
    const message = `Unsupported locale "${locale}"; supported locales: ${this.supported.join(', ')}`;
    throw AppError.badInput(message, [{ field, messages: [message] }]);
  }
}
