import type { NewsletterCatalog } from './catalog.js';
import { en } from './en.js';
import { it } from './it.js';

export type { NewsletterCatalog } from './catalog.js';

const CATALOGS: Record<string, NewsletterCatalog> = { it, en };

/**
 * The texts for `locale`, else the default locale's, else English: a locale can be configured before
 * its templates are written without breaking the mail.
 */
export function catalogFor(locale: string, defaultLocale: string): NewsletterCatalog {
  return CATALOGS[locale] ?? CATALOGS[defaultLocale] ?? en;
}
