import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { slugConflict } from '../common/slug.js';
import { idsMissingTranslation, newTranslations, removeTranslation, saveTranslation, upsertTranslation, type TranslatedTable } from '../common/translation-rows.js';
import { taxonomyTransaction, type UniqueViolation } from '../common/unique-violation.js';
import type { CreateSectionInput, SectionTranslationFields, UpdateSectionInput } from './dto/section.input.js';
import type { SectionNode } from './section-tree.js';
import { SectionQueryService } from './sections.service.js';
import { moveSectionContent, sectionUsage } from './section-usage.js';

const SECTION: TranslatedTable = { base: 'section', table: 'section_translation', key: 'section_id', what: 'Section' };

/** Editorial changes to the section tree and its translations (ManageTaxonomy). */
@Injectable()
export class SectionEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: ContentChanges,
    private readonly locales: Locales,
    private readonly policy: PolicyService,
    private readonly sectionQueries: SectionQueryService,
  ) {}

  /** Creates a section with its translations (the default locale's at least); slugs default to the names. */
  async create(actor: Actor | null, input: CreateSectionInput): Promise<SectionNode> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    const translations = newTranslations(this.locales, input.translations, 'input.translations');
    const id = await this.write(async (manager) => {
      await lockTree(manager);
      const parentId = input.parentId ?? null;
      if (parentId) await assertSectionExists(manager, parentId, 'input.parentId');
      const position = input.position ?? (await nextPosition(manager, parentId));
      const [{ id }]: { id: string }[] = await manager.query(`INSERT INTO section (parent_id, position) VALUES ($1, $2) RETURNING id`, [parentId, position]);
      for (const { locale, name, slug, description } of translations.rows) {
        await upsertTranslation(manager, SECTION, id, locale, { name, slug, description: description ?? null });
      }
      return id;
    }, translations.slugFieldOf);
    return this.read(id, this.locales.defaultLocale);
  }

  /**
   * Moves a section: a new parent (null: top level) and/or position. A section can go neither under
   * itself nor under one of its descendants, which would cut a branch off the tree into a loop.
   */
  async update(actor: Actor | null, id: string, input: UpdateSectionInput): Promise<SectionNode> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    await this.write(async (manager) => {
      await lockTree(manager);
      const current = await lockSection(manager, id);
      const parentId = input.parentId === undefined ? current.parentId : input.parentId;
      const moved = parentId !== current.parentId;
      if (moved && parentId) await assertValidParent(manager, id, parentId);
      const position = input.position ?? (moved ? await nextPosition(manager, parentId) : current.position);
      await manager.query(`UPDATE section SET parent_id = $2, position = $3, updated_at = now() WHERE id = $1`, [id, parentId, position]);
    });
    return this.read(id, this.locales.defaultLocale);
  }

  /** Writes the section's name, slug and description in one locale (see `saveTranslation`); a null description clears it. */
  async updateTranslation(actor: Actor | null, id: string, locale: string, input: SectionTranslationFields): Promise<SectionNode> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    this.locales.assertSupported(locale);
    const { name, slug, description } = input;
    const values = description === undefined ? { name, slug } : { name, slug, description };
    await this.write((manager) => saveTranslation(manager, SECTION, id, locale, values), () => 'input.slug');
    return this.read(id, locale);
  }

  /** Removes one locale's translation; readers of that locale then see the default locale's. */
  async deleteTranslation(actor: Actor | null, id: string, locale: string): Promise<SectionNode> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    this.locales.assertSupported(locale);
    await this.write((manager) => removeTranslation(manager, SECTION, id, locale, this.locales.defaultLocale));
    return this.read(id, locale);
  }

  /**
   * Deletes a section. While stories or subsections use it, that needs `moveTo`: the stories' links
   * and primary section then move there, and the subsections move up to the deleted section's parent
   * (so the tree keeps its shape and no cycle can form), all in the same transaction.
   */
  async delete(actor: Actor | null, id: string, moveTo?: string): Promise<boolean> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    if (moveTo === id) throw badField('moveArticlesTo', 'moveArticlesTo must be another section');
    await this.write(async (manager) => {
      await lockTree(manager);
      const { parentId } = await lockSection(manager, id);
      if (moveTo) await assertSectionExists(manager, moveTo, 'moveArticlesTo');
      const usage = await sectionUsage(manager, id);
      if (!moveTo && (usage.stories > 0 || usage.children > 0)) throw inUse(usage);
      if (moveTo) await moveSectionContent(manager, id, moveTo, parentId);
      await manager.query(`DELETE FROM section WHERE id = $1`, [id]);
    });
    return true;
  }

  /** Sections with no translation in `locale`, as its readers see them (in the default locale). */
  async missingTranslations(actor: Actor | null, locale: string): Promise<SectionNode[]> {
    this.policy.assertAllowed(actor, Action.ManageTaxonomy);
    this.locales.assertSupported(locale);
    const ids = await idsMissingTranslation(this.dataSource, SECTION, locale);
    return (await this.sectionQueries.byIds(ids, locale)).sort((a, b) => a.name.localeCompare(b.name));
  }

  private async read(id: string, locale: string): Promise<SectionNode> {
    const [section] = await this.sectionQueries.byIds([id], locale);
    if (!section) throw AppError.notFound('Section');
    return section;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>, slugField?: (locale?: string) => string): Promise<T> {
    return taxonomyTransaction(this.changes, work, (violation: UniqueViolation) => (slugField ? slugConflict(violation, slugField) : undefined));
  }
}

/**
 * Serializes the changes to the tree's shape (create, move, delete): two concurrent moves that are
 * each fine alone (A under B, B under A) could otherwise together make a cycle.
 */
async function lockTree(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('section-tree'))`);
}

async function lockSection(manager: EntityManager, id: string): Promise<{ parentId: string | null; position: number }> {
  const [row]: { parent_id: string | null; position: number }[] = await manager.query(`SELECT parent_id, position FROM section WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) throw AppError.notFound('Section');
  return { parentId: row.parent_id, position: row.position };
}

async function assertSectionExists(manager: EntityManager, id: string, field: string): Promise<void> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM section WHERE id = $1`, [id]);
  if (rows.length === 0) throw badField(field, `${field} names no section`);
}

/** The new parent must exist and must not be the section or below it: walk up from the parent. */
async function assertValidParent(manager: EntityManager, id: string, parentId: string): Promise<void> {
  await assertSectionExists(manager, parentId, 'input.parentId');
  const below: unknown[] = await manager.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM section WHERE id = $2
       UNION SELECT s.id, s.parent_id FROM section s JOIN up ON s.id = up.parent_id)
     SELECT 1 FROM up WHERE id = $1`,
    [id, parentId],
  );
  if (below.length > 0) throw badField('input.parentId', 'A section cannot be moved under itself or one of its subsections');
}

/** After the last sibling: where a section lands when no position is given. */
async function nextPosition(manager: EntityManager, parentId: string | null): Promise<number> {
  const [{ next }]: { next: number }[] = await manager.query(
    `SELECT COALESCE(max(position) + 1, 0)::int AS next FROM section WHERE parent_id IS NOT DISTINCT FROM $1`,
    [parentId],
  );
  return next;
}

function badField(field: string, message: string): AppError {
  return AppError.badInput(message, [{ field, messages: [message] }]);
}

function inUse({ stories, children }: { stories: number; children: number }): AppError {
  return AppError.conflict(
    `The section is used by ${stories} stories and has ${children} subsections: give moveArticlesTo to move them before deleting it`,
    { stories, children },
  );
}
