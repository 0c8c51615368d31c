import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { slugConflict } from '../common/slug.js';
import { idsMissingTranslation, lockForChange, newTranslations, removeTranslation, saveTranslation, upsertTranslation, type TranslatedTable } from '../common/translation-rows.js';
import { taxonomyTransaction } from '../common/unique-violation.js';
import type { CreateTagInput, TagTranslationFields } from './dto/tag.input.js';
import type { TagModel } from './models/tag.model.js';
import { TagQueryService } from './tags.service.js';

const TAG: TranslatedTable = { base: 'tag', table: 'tag_translation', key: 'tag_id', what: 'Tag' };

/** Editorial changes to tags and their translations (ManageTaxonomy). */
@Injectable()
export class TagEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: ContentChanges,
    private readonly locales: Locales,
    private readonly policy: PolicyService,
    private readonly tagQueries: TagQueryService,
  ) {}

  /** Creates a tag with its translations (the default locale's at least); slugs default to the names. */
  async create(actor: Actor | null, input: CreateTagInput): Promise<TagModel> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    const translations = newTranslations(this.locales, input.translations, 'input.translations');
    const id = await this.write(async (manager) => {
      const [{ id }]: { id: string }[] = await manager.query(`INSERT INTO tag DEFAULT VALUES RETURNING id`);
      for (const { locale, name, slug } of translations.rows) await upsertTranslation(manager, TAG, id, locale, { name, slug });
      return id;
    }, translations.slugFieldOf);
    return this.read(id, this.locales.defaultLocale);
  }

  /** Writes the tag's name and slug in one locale (see `saveTranslation`); returns the tag in that locale. */
  async updateTranslation(actor: Actor | null, id: string, locale: string, input: TagTranslationFields): Promise<TagModel> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    this.locales.assertSupported(locale);
    await this.write((manager) => saveTranslation(manager, TAG, id, locale, { name: input.name, slug: input.slug }), () => 'input.slug');
    return this.read(id, locale);
  }

  /** Removes one locale's translation (not the default locale's); returns the tag as that locale now sees it. */
  async deleteTranslation(actor: Actor | null, id: string, locale: string): Promise<TagModel> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    this.locales.assertSupported(locale);
    await this.write((manager) => removeTranslation(manager, TAG, id, locale, this.locales.defaultLocale));
    return this.read(id, locale);
  }

  /** Deletes a tag; the stories that had it simply lose it (`story_tag` cascades). */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    await this.write(async (manager) => {
      await lockForChange(manager, TAG, id);
      await manager.query(`DELETE FROM tag WHERE id = $1`, [id]);
    });
    return true;
  }

  /**
   * Folds `sourceId` into `targetId`: the source's stories get the target (each story once, at the
   * earlier of the two positions), the target gains the source's translations in locales it lacks,
   * and the source is deleted. One transaction, so no reader sees a story with neither tag.
   */
  async merge(actor: Actor | null, targetId: string, sourceId: string): Promise<TagModel> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    if (targetId === sourceId) throw AppError.badInput('A tag cannot be merged into itself', [{ field: 'sourceId', messages: ['sourceId must differ from targetId'] }]);
    await this.write(async (manager) => {
      // Locked in id order, so two opposite merges cannot deadlock.
      for (const id of [targetId, sourceId].sort()) await lockForChange(manager, TAG, id);
      await moveStoryTags(manager, sourceId, targetId);
      await moveTranslations(manager, sourceId, targetId);
      await manager.query(`DELETE FROM tag WHERE id = $1`, [sourceId]);
    });
    return this.read(targetId, this.locales.defaultLocale);
  }

  /** Tags with no translation in `locale`, as its readers see them (in the default locale). */
  async missingTranslations(actor: Actor | null, locale: string): Promise<TagModel[]> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    this.locales.assertSupported(locale);
    const ids = await idsMissingTranslation(this.dataSource, TAG, locale);
    return [...(await this.tagQueries.byIds(ids, locale)).values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  private async read(id: string, locale: string): Promise<TagModel> {
    const tag = (await this.tagQueries.byIds([id], locale)).get(id);
    if (!tag) throw AppError.notFound('Tag');
    return tag;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>, slugField?: (locale?: string) => string): Promise<T> {
    return taxonomyTransaction(this.changes, work, (violation) => (slugField ? slugConflict(violation, slugField) : undefined));
  }
}

/*
 * The tags module's only SQL on the articles module's `story_tag` table: merging must move the links.
 */
async function moveStoryTags(manager: EntityManager, sourceId: string, targetId: string): Promise<void> {
  await manager.query(
    `UPDATE story_tag target SET position = LEAST(target.position, source.position)
       FROM story_tag source WHERE source.story_id = target.story_id AND source.tag_id = $1 AND target.tag_id = $2`,
    [sourceId, targetId],
  );
  await manager.query(
    `UPDATE story_tag SET tag_id = $2 WHERE tag_id = $1
        AND story_id NOT IN (SELECT story_id FROM story_tag WHERE tag_id = $2)`,
    [sourceId, targetId],
  );
}

/** The source's translations in locales the target lacks become the target's (after the source's are gone, so slugs stay unique). */
async function moveTranslations(manager: EntityManager, sourceId: string, targetId: string): Promise<void> {
  const [rows]: [{ locale: string; name: string; slug: string }[], number] = await manager.query(
    `DELETE FROM tag_translation WHERE tag_id = $1 RETURNING locale, name, slug`,
    [sourceId],
  );
  for (const { locale, name, slug } of rows) {
    await manager.query(
      `INSERT INTO tag_translation (tag_id, locale, name, slug) VALUES ($1, $2, $3, $4) ON CONFLICT (tag_id, locale) DO NOTHING`,
      [targetId, locale, name, slug],
    );
  }
}
