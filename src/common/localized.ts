import { Field, ObjectType } from '@nestjs/graphql';

/** A row of a `*_translation` table. */
export interface TranslationRow {
  locale: string;
}

export interface Picked<T> {
  row: T;
  servedLocale: string;
  isFallback: boolean;
}

/**
 * From the translations of one item, the best for a fallback chain (requested locale first, then the
 * default): what a localized read shows, and whether it had to fall back.
 */
export function pickTranslation<T extends TranslationRow>(rows: T[], chain: string[]): Picked<T> | undefined {
  for (const locale of chain) {
    const row = rows.find((candidate) => candidate.locale === locale);
    if (row) return { row, servedLocale: locale, isFallback: locale !== chain[0] };
  }
  return undefined;
}

/** Groups translation rows by their item, then picks the best of each. */
export function pickTranslations<T extends TranslationRow>(rows: T[], idOf: (row: T) => string, chain: string[]): Map<string, Picked<T>> {
  const byItem = new Map<string, T[]>();
  for (const row of rows) byItem.set(idOf(row), [...(byItem.get(idOf(row)) ?? []), row]);
  const picked = new Map<string, Picked<T>>();
  for (const [id, itemRows] of byItem) {
    const best = pickTranslation(itemRows, chain);
    if (best) picked.set(id, best);
  }
  return picked;
}

/** What every localized object tells a frontend: which language it is really showing. */
@ObjectType({ isAbstract: true })
export abstract class LocalizedModel {
  @Field({ description: 'The locale the localized fields are in: the requested one, or the default when it is missing.' })
  servedLocale!: string;

  @Field({ description: 'True when the requested locale was missing and the default locale is shown.' })
  isFallback!: boolean;
}
