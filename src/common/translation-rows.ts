import type { EntityManager } from 'typeorm';
import { AppError } from './errors.js';
import type { Locales } from './locales.js';
import { slugOrFromName } from './slug.js';

/**
 * A localized item: a base table and its `*_translation` table (one row per item and locale, primary
 * key (key, locale)). Names are constants of the feature modules, never input.
 */
export interface TranslatedTable {
  /** The base table, e.g. `tag`. */
  base: string;
  /** The translation table, e.g. `tag_translation`. */
  table: string;
  /** The translation table's column naming the item, e.g. `tag_id`. */
  key: string;
  /** How errors name the item, e.g. `Tag`. */
  what: string;
}

type Queryable = Pick<EntityManager, 'query'>;

const COLUMN = /^[a-z_]+$/;

/**
 * Locks the item for the rest of the transaction and records the change time; NOT_FOUND when it does
 * not exist. Every mutation of an item starts here, so concurrent edits of one item queue up.
 */
export async function lockForChange(manager: Queryable, item: TranslatedTable, id: string): Promise<void> {
  // node-postgres through TypeORM answers an UPDATE with [rows, affected].
  const [, affected]: [unknown, number] = await manager.query(`UPDATE "${item.base}" SET updated_at = now() WHERE id = $1`, [id]);
  if (affected === 0) throw AppError.notFound(item.what);
}

/** The item's current slug in `locale`, if it has a translation there: a rename keeps its URL unless a slug is given. */
async function currentSlug(manager: Queryable, item: TranslatedTable, id: string, locale: string): Promise<string | undefined> {
  const [row]: { slug: string }[] = await manager.query(`SELECT slug FROM "${item.table}" WHERE ${item.key} = $1 AND locale = $2`, [id, locale]);
  return row?.slug;
}

/**
 * Inserts the item's translation in `locale`, or changes the given columns of the existing one
 * (columns left out keep their value). Column names are the feature's constants.
 */
export async function upsertTranslation(manager: Queryable, item: TranslatedTable, id: string, locale: string, values: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(values);
  // Identifiers cannot be bound: make sure no key that did not come from the feature's code gets in.
  if (!columns.every((column) => COLUMN.test(column))) throw new Error(`Unexpected translation columns: ${columns.join(', ')}`);
  const placeholders = columns.map((_column, index) => `$${index + 3}`);
  const updates = columns.map((column) => `${column} = EXCLUDED.${column}`);
  await manager.query(
    `INSERT INTO "${item.table}" (${item.key}, locale, ${columns.join(', ')}) VALUES ($1, $2, ${placeholders.join(', ')})
     ON CONFLICT (${item.key}, locale) DO UPDATE SET ${updates.join(', ')}`,
    [id, locale, ...Object.values(values)],
  );
}

/** Deletes the item's translation in `locale`; NOT_FOUND when it has none there. */
async function deleteTranslation(manager: Queryable, item: TranslatedTable, id: string, locale: string): Promise<void> {
  const [, deleted]: [unknown, number] = await manager.query(`DELETE FROM "${item.table}" WHERE ${item.key} = $1 AND locale = $2`, [id, locale]);
  if (deleted === 0) throw AppError.notFound(`${item.what} translation in "${locale}"`);
}

/** The items with no translation in `locale`: what translators still have to write. */
export async function idsMissingTranslation(runner: Queryable, item: TranslatedTable, locale: string): Promise<string[]> {
  const rows: { id: string }[] = await runner.query(
    `SELECT b.id FROM "${item.base}" b WHERE NOT EXISTS (SELECT 1 FROM "${item.table}" t WHERE t.${item.key} = b.id AND t.locale = $1)`,
    [locale],
  );
  return rows.map((row) => row.id);
}

/** Refuses to delete the default locale's translation: it is what every other locale falls back to. */
function assertNotDefaultLocale(locale: string, defaultLocale: string, item: TranslatedTable): void {
  if (locale !== defaultLocale) return;
  const message = `The ${item.what.toLowerCase()}'s ${defaultLocale} translation is the fallback of every locale and cannot be deleted`;
  throw AppError.badInput(message, [{ field: 'locale', messages: [message] }]);
}

interface NamedTranslation {
  locale: string;
  name: string;
  slug?: string;
}

/**
 * The translations of a new item, checked (see `assertTranslationSet`) and with their slugs (given,
 * or made from the name), plus the input field of a locale's slug for conflicts.
 */
export function newTranslations<T extends NamedTranslation>(locales: Locales, translations: readonly T[], field: string) {
  assertTranslationSet(locales, translations, field);
  const slugField = (index: number) => `${field}.${index}.slug`;
  const rows = translations.map((translation, index) => ({ ...translation, slug: slugOrFromName(translation.slug, translation.name, slugField(index)) }));
  return { rows, slugFieldOf: (locale?: string) => slugField(rows.findIndex((row) => row.locale === locale)) };
}

/**
 * Writes the item's translation in one locale, adding the locale or changing it. Without a slug, an
 * existing translation keeps its slug (its URL) and a new one gets one from the name.
 */
export async function saveTranslation(
  manager: Queryable,
  item: TranslatedTable,
  id: string,
  locale: string,
  { slug, ...values }: Omit<NamedTranslation, 'locale'> & Record<string, unknown>,
): Promise<void> {
  await lockForChange(manager, item, id);
  const resolved = slug ?? (await currentSlug(manager, item, id, locale)) ?? slugOrFromName(undefined, values.name, 'input.slug');
  await upsertTranslation(manager, item, id, locale, { ...values, slug: resolved });
}

/** Removes the item's translation in `locale` (never the default locale's): readers then see the fallback. */
export async function removeTranslation(manager: Queryable, item: TranslatedTable, id: string, locale: string, defaultLocale: string): Promise<void> {
  assertNotDefaultLocale(locale, defaultLocale, item);
  await lockForChange(manager, item, id);
  await deleteTranslation(manager, item, id, locale);
}

/**
 * The translations of a new item: each in a configured locale, none twice, and one in the default
 * locale, which every other locale falls back to. `field` is the input list's path.
 */
function assertTranslationSet(locales: Locales, translations: readonly { locale: string }[], field: string): void {
  translations.forEach(({ locale }, index) => locales.assertSupported(locale, `${field}.${index}.locale`));
  const seen = translations.map(({ locale }) => locale);
  const problem =
    new Set(seen).size !== seen.length
      ? `${field} has more than one translation for a locale`
      : seen.includes(locales.defaultLocale)
        ? undefined
        : `${field} must include the default locale "${locales.defaultLocale}"`;
  if (problem) throw AppError.badInput(problem, [{ field, messages: [problem] }]);
}
