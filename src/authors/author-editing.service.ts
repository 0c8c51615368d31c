import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { slugConflict, slugOrFromName } from '../common/slug.js';
import { idsMissingTranslation, lockForChange, removeTranslation, upsertTranslation, type TranslatedTable } from '../common/translation-rows.js';
import { taxonomyTransaction, type UniqueViolation } from '../common/unique-violation.js';
import { AuthorQueryService } from './authors.service.js';
import type { AuthorBioInput, CreateAuthorInput, UpdateAuthorInput } from './dto/author.input.js';
import { Author } from './entities/author.entity.js';
import type { AuthorModel } from './models/author.model.js';

const AUTHOR: TranslatedTable = { base: 'author', table: 'author_translation', key: 'author_id', what: 'Author' };

/** Editorial changes to authors, their bios and their user link (ManageAuthors). */
@Injectable()
export class AuthorEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: ContentChanges,
    private readonly locales: Locales,
    private readonly policy: PolicyService,
    private readonly authorQueries: AuthorQueryService,
  ) {}

  /** Creates an author (slug from the name unless given, unique) with bios, optionally linked to a user. */
  async create(actor: Actor | null, input: CreateAuthorInput): Promise<AuthorModel> {
    this.policy.assertAllowed(actor, Action.ManageAuthors);
    const { bios, userId, ...fields } = input;
    this.assertBioLocales(bios);
    const slug = slugOrFromName(fields.slug, fields.name, 'input.slug');
    const id = await this.write(async (manager) => {
      const { identifiers } = await manager.insert(Author, { ...fields, slug, twitterHandle: fields.twitterHandle ?? null, avatarUrl: fields.avatarUrl ?? null });
      const id = identifiers[0]!.id as string;
      for (const { locale, bio } of bios) await upsertTranslation(manager, AUTHOR, id, locale, { bio });
      await linkUser(manager, id, userId);
      return id;
    });
    return this.read(id, this.locales.defaultLocale);
  }

  /** Changes the given fields (a null handle or avatar removes it; a new name keeps the slug); `userId` links or unlinks a user. */
  async update(actor: Actor | null, id: string, input: UpdateAuthorInput): Promise<AuthorModel> {
    this.policy.assertAllowed(actor, Action.ManageAuthors);
    const { userId, ...given } = input;
    const fields = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    await this.write(async (manager) => {
      await lockForChange(manager, AUTHOR, id);
      if (Object.keys(fields).length > 0) await manager.update(Author, { id }, fields);
      await linkUser(manager, id, userId);
    });
    return this.read(id, this.locales.defaultLocale);
  }

  /** Writes the author's bio in one locale; returns the author in that locale. */
  async updateTranslation(actor: Actor | null, id: string, locale: string, bio: string): Promise<AuthorModel> {
    this.policy.assertAllowed(actor, Action.ManageAuthors);
    this.locales.assertSupported(locale);
    await this.write(async (manager) => {
      await lockForChange(manager, AUTHOR, id);
      await upsertTranslation(manager, AUTHOR, id, locale, { bio });
    });
    return this.read(id, locale);
  }

  /** Removes the bio in one locale (not the default locale's); returns the author as that locale now sees it. */
  async deleteTranslation(actor: Actor | null, id: string, locale: string): Promise<AuthorModel> {
    this.policy.assertAllowed(actor, Action.ManageAuthors);
    this.locales.assertSupported(locale);
    await this.write((manager) => removeTranslation(manager, AUTHOR, id, locale, this.locales.defaultLocale));
    return this.read(id, locale);
  }

  /** Deletes an author no byline uses (CONFLICT otherwise: bylines are history); a linked user is unlinked. */
  async delete(actor: Actor | null, id: string): Promise<boolean> {
    this.policy.assertAllowed(actor, Action.ManageAuthors);
    await this.write(async (manager) => {
      await lockForChange(manager, AUTHOR, id);
      // The authors module's only SQL on the articles module's `story_author` table.
      const [{ stories }]: { stories: number }[] = await manager.query(`SELECT count(*)::int AS stories FROM story_author WHERE author_id = $1`, [id]);
      if (stories > 0) throw AppError.conflict(`The author signs ${stories} stories: remove them from those bylines first`, { stories });
      await manager.query(`DELETE FROM author WHERE id = $1`, [id]);
    });
    return true;
  }

  /** Authors with no bio in `locale`, as its readers see them (with the default locale's bio, if any). */
  async missingTranslations(actor: Actor | null, locale: string): Promise<AuthorModel[]> {
    this.policy.assertAllowed(actor, Action.ManageAuthors);
    this.locales.assertSupported(locale);
    const ids = await idsMissingTranslation(this.dataSource, AUTHOR, locale);
    return [...(await this.authorQueries.byIds(ids, locale)).values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  private assertBioLocales(bios: readonly AuthorBioInput[]): void {
    bios.forEach(({ locale }, index) => this.locales.assertSupported(locale, `input.bios.${index}.locale`));
    if (new Set(bios.map(({ locale }) => locale)).size === bios.length) return;
    const message = 'input.bios has more than one bio for a locale';
    throw AppError.badInput(message, [{ field: 'input.bios', messages: [message] }]);
  }

  private async read(id: string, locale: string): Promise<AuthorModel> {
    const author = (await this.authorQueries.byIds([id], locale)).get(id);
    if (!author) throw AppError.notFound('Author');
    return author;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return taxonomyTransaction(this.changes, work, (violation: UniqueViolation) =>
      violation.columns.includes('author_id') ? userLinkedElsewhere() : slugConflict(violation, () => 'input.slug'),
    );
  }
}

/**
 * Links the author to a user (`user.author_id`, the auth module's column; unique: one user per
 * author and one author per user), or unlinks it with null. Undefined leaves the link alone.
 */
async function linkUser(manager: EntityManager, authorId: string, userId: string | null | undefined): Promise<void> {
  if (userId === undefined) return;
  await manager.query(`UPDATE "user" SET author_id = NULL WHERE author_id = $1 AND id IS DISTINCT FROM $2`, [authorId, userId]);
  if (userId === null) return;
  const [user]: { author_id: string | null }[] = await manager.query(`SELECT author_id FROM "user" WHERE id = $1 FOR UPDATE`, [userId]);
  if (!user) throw AppError.badInput('input.userId names no user', [{ field: 'input.userId', messages: ['input.userId names no user'] }]);
  if (user.author_id && user.author_id !== authorId) throw userLinkedElsewhere();
  await manager.query(`UPDATE "user" SET author_id = $1, updated_at = now() WHERE id = $2`, [authorId, userId]);
}

function userLinkedElsewhere(): AppError {
  return AppError.conflict('This user is already linked to another author', { field: 'input.userId' });
}
