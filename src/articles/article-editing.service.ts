import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Action, PolicyService, type Actor, type PolicyResource } from '../auth/index.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { AppError } from '../common/errors.js';
import { Locales } from '../common/locales.js';
import { slugify } from '../common/slugify.js';
import { ArticleChanges } from './article-changes.js';
import { deriveContent } from './article-content.js';
import { toArticleModel } from './article.mapper.js';
import type { CreateArticleInput, UpdateArticleInput } from './dto/article.inputs.js';
import { ArticleRevision, type RevisionSnapshot } from './entities/article-revision.entity.js';
import { ArticleSlugRedirect } from './entities/article-slug-redirect.entity.js';
import { ArticleStatus } from './entities/article-status.js';
import { Article } from './entities/article.entity.js';
import { StoryAuthor } from './entities/story-author.entity.js';
import { StorySection } from './entities/story-section.entity.js';
import { StoryTag } from './entities/story-tag.entity.js';
import { Story } from './entities/story.entity.js';
import { editorialVersions } from './editorial-versions.js';
import { HtmlSanitizer } from './html-sanitizer.js';
import type { ArticleModel } from './models/article.model.js';

const SNAPSHOT_FIELDS = ['title', 'subtitle', 'excerpt', 'body'] as const;
const PLAIN_FIELDS = ['title', 'subtitle', 'imageAlt', 'imageCaption', 'translationCredit'] as const;
const RELATION_FIELDS = ['authorIds', 'sectionIds', 'primarySectionId', 'tagIds', 'featuredImage'] as const;

export type StoryWithVersion = Article & { story: Story };

/** The texts of a new language version. */
export type VersionTexts = Pick<CreateArticleInput, 'locale' | 'title' | 'slug' | 'subtitle' | 'excerpt' | 'body' | 'imageAlt' | 'imageCaption' | 'translationCredit'>;

/** For a translation: the version it was made from, and that version's `version` when made. */
export interface VersionLineage {
  translatedFromId?: string;
  translatedFromVersion?: number;
}

/** What the policy looks at for a version: who created its story, and whether it is still a draft. */
export function policyResourceOf(article: StoryWithVersion): PolicyResource {
  return { createdById: article.story.createdById, isDraft: article.status === ArticleStatus.DRAFT };
}

/** A translation is edited under the translators' grants; an original under the authors'. */
export function editActionFor(article: Article): Action {
  return article.translatedFromId ? Action.EditTranslation : Action.EditArticle;
}

/**
 * Writing articles: creating a story with its first version, saving a version under optimistic
 * locking, restoring a revision. Each use case is one transaction, and every save leaves a revision.
 */
@Injectable()
export class ArticleEditingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly changes: ContentChanges,
    private readonly articleChanges: ArticleChanges,
    private readonly policy: PolicyService,
    private readonly locales: Locales,
    private readonly sanitizer: HtmlSanitizer,
  ) {}

  /** A new story and its first language version, as a DRAFT owned by the caller. */
  async create(actor: Actor | null, input: CreateArticleInput): Promise<ArticleModel> {
    const caller = this.policy.assertAllowed(actor, Action.CreateArticle);
    this.locales.assertSupported(input.locale);
    return this.dataSource.transaction(async (manager) => {
      await this.assertRelationsExist(manager, input);
      const sectionIds = input.sectionIds ?? [];
      const { identifiers } = await manager.insert(Story, {
        sourceLocale: input.locale,
        primarySectionId: input.primarySectionId ?? sectionIds[0] ?? null,
        ...imageColumns(input),
        createdById: caller.userId,
        updatedById: caller.userId,
      });
      const storyId = identifiers[0]!.id as string;
      await this.replaceRelations(manager, storyId, input);
      return this.insertVersion(manager, caller, storyId, input, {});
    });
  }

  /**
   * A new language version of an existing story, as a DRAFT owned by the caller: what the translation
   * workflow creates. The story's relations are shared, so only texts are given.
   */
  async addVersion(caller: Actor, storyId: string, texts: VersionTexts, lineage: VersionLineage): Promise<ArticleModel> {
    this.locales.assertSupported(texts.locale);
    return this.dataSource.transaction(async (manager) => {
      const [existing] = await manager.query(`SELECT id FROM article WHERE story_id = $1 AND locale = $2`, [storyId, texts.locale]);
      if (existing) throw AppError.conflict(`The story already has a ${texts.locale} version`, { articleId: existing.id });
      return this.insertVersion(manager, caller, storyId, texts, lineage);
    });
  }

  private async insertVersion(manager: EntityManager, caller: Actor, storyId: string, texts: VersionTexts, lineage: VersionLineage): Promise<ArticleModel> {
    const content = deriveContent(this.sanitizer.sanitize(texts.body ?? ''), texts.excerpt);
    const slug = await this.availableSlug(manager, texts.locale, texts.slug, texts.title, null);
    const { identifiers } = await manager.insert(Article, {
      storyId,
      locale: texts.locale,
      slug,
      title: texts.title.trim(),
      subtitle: texts.subtitle ?? null,
      imageAlt: texts.imageAlt ?? null,
      imageCaption: texts.imageCaption ?? null,
      translationCredit: texts.translationCredit ?? null,
      ...content,
      status: ArticleStatus.DRAFT,
      version: 1,
      translatedFromId: lineage.translatedFromId ?? null,
      translatedFromVersion: lineage.translatedFromVersion ?? null,
      createdById: caller.userId,
      updatedById: caller.userId,
    });
    const article = await loadVersion(manager, identifiers[0]!.id as string);
    await this.writeRevision(manager, article, [...SNAPSHOT_FIELDS], caller);
    return toArticleModel(article);
  }

  /**
   * Saves a version if it is still at `expectedVersion`; otherwise CONFLICT with the current version,
   * never a silent overwrite. The check is a conditional UPDATE, so two concurrent saves cannot both win.
   */
  async update(actor: Actor | null, id: string, input: UpdateArticleInput, expectedVersion: number): Promise<ArticleModel> {
    return this.changes.transaction(async (manager, log) => {
      const current = await loadVersion(manager, id);
      const caller = this.policy.assertAllowed(actor, editActionFor(current), policyResourceOf(current));
      // The story's relations are shared: a save can move every language version into other lists.
      const saved = await this.articleChanges.track(manager, log, { storyIds: [current.storyId] }, async () => {
        const changed = await this.applyChanges(manager, current, input, caller);
        await this.bumpVersion(manager, current, expectedVersion, changed.columns, caller);
        const saved = await loadVersion(manager, id);
        await this.writeRevision(manager, saved, changed.fields, caller);
        if (changed.columns.slug && current.status === ArticleStatus.PUBLISHED) {
          await manager.upsert(ArticleSlugRedirect, { locale: current.locale, slug: current.slug, articleId: id }, ['locale', 'slug']);
        }
        return saved;
      });
      return toArticleModel(saved);
    });
  }

  /** Brings a version's texts back to what a revision recorded, as a new save (with its own revision). */
  async restoreRevision(actor: Actor | null, id: string, revision: number, expectedVersion: number): Promise<ArticleModel> {
    const recorded = await this.dataSource.getRepository(ArticleRevision).findOneBy({ articleId: id, version: revision });
    if (!recorded) throw AppError.notFound('Revision');
    const { title, subtitle, excerpt, body } = recorded.snapshot;
    return this.update(actor, id, { title, subtitle: subtitle ?? undefined, excerpt: excerpt ?? undefined, body }, expectedVersion);
  }

  private async applyChanges(manager: EntityManager, current: StoryWithVersion, input: UpdateArticleInput, caller: Actor) {
    const columns: Partial<Article> = {};
    for (const field of PLAIN_FIELDS) {
      const value = field === 'title' ? input.title?.trim() : input[field];
      if (value !== undefined && value !== current[field]) Object.assign(columns, { [field]: value });
    }
    if (input.body !== undefined || input.excerpt !== undefined) {
      const content = deriveContent(this.sanitizer.sanitize(input.body ?? current.body), input.excerpt ?? (input.body === undefined ? current.excerpt : undefined));
      for (const key of ['body', 'bodyText', 'wordCount', 'excerpt'] as const) if (content[key] !== current[key]) Object.assign(columns, { [key]: content[key] });
    }
    if (input.slug !== undefined && input.slug !== current.slug) columns.slug = await this.availableSlug(manager, current.locale, input.slug, '', current.id);
    const relationsChanged = RELATION_FIELDS.filter((field) => input[field] !== undefined);
    if (relationsChanged.length > 0) await this.updateStory(manager, current.story, input, caller);
    return { columns, fields: [...Object.keys(columns).filter((key) => key !== 'bodyText' && key !== 'wordCount'), ...relationsChanged] };
  }

  private async bumpVersion(manager: EntityManager, current: Article, expectedVersion: number, columns: Partial<Article>, caller: Actor): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Article)
      .set({ ...columns, updatedById: caller.userId, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id: current.id, expectedVersion })
      .execute();
    if (result.affected === 0) {
      const [{ version }] = await manager.query(`SELECT version FROM article WHERE id = $1`, [current.id]);
      throw AppError.conflict(`The article was saved by someone else (now at version ${version}); reload it and apply your changes again`, {
        currentVersion: version,
        expectedVersion,
      });
    }
  }

  private async updateStory(manager: EntityManager, story: Story, input: UpdateArticleInput, caller: Actor): Promise<void> {
    await this.assertRelationsExist(manager, input);
    await this.replaceRelations(manager, story.id, input);
    const sectionIds = input.sectionIds;
    const primarySectionId = input.primarySectionId ?? (sectionIds && !sectionIds.includes(story.primarySectionId ?? '') ? sectionIds[0] : undefined);
    await manager.update(Story, story.id, {
      ...(primarySectionId ? { primarySectionId } : {}),
      ...(input.featuredImage ? imageColumns(input) : {}),
      updatedById: caller.userId,
    });
  }

  /** Replaces the story's bylines, sections and tags that the input names; the primary section is always one of its sections. */
  private async replaceRelations(manager: EntityManager, storyId: string, input: UpdateArticleInput): Promise<void> {
    if (input.authorIds) {
      await manager.delete(StoryAuthor, { storyId });
      await manager.insert(StoryAuthor, unique(input.authorIds).map((authorId, position) => ({ storyId, authorId, position })));
    }
    const sectionIds = input.sectionIds ?? (input.primarySectionId ? [input.primarySectionId] : undefined);
    if (sectionIds) {
      if (input.sectionIds) await manager.delete(StorySection, { storyId });
      await manager.upsert(StorySection, unique([...sectionIds, ...(input.primarySectionId ? [input.primarySectionId] : [])]).map((sectionId) => ({ storyId, sectionId })), ['storyId', 'sectionId']);
    }
    if (input.tagIds) {
      await manager.delete(StoryTag, { storyId });
      if (input.tagIds.length) await manager.insert(StoryTag, unique(input.tagIds).map((tagId, position) => ({ storyId, tagId, position })));
    }
  }

  /** Unknown ids are the caller's mistake: BAD_USER_INPUT naming the field, not a foreign-key error. */
  private async assertRelationsExist(manager: EntityManager, input: UpdateArticleInput): Promise<void> {
    const checks: [string, string, string[] | undefined][] = [
      ['authorIds', 'author', input.authorIds],
      ['sectionIds', 'section', input.sectionIds],
      ['primarySectionId', 'section', input.primarySectionId ? [input.primarySectionId] : undefined],
      ['tagIds', 'tag', input.tagIds],
    ];
    for (const [field, table, ids] of checks) {
      if (!ids?.length) continue;
      const [{ found }] = await manager.query(`SELECT count(*)::int AS found FROM "${table}" WHERE id = ANY($1::uuid[])`, [unique(ids)]);
      if (found !== unique(ids).length) throw AppError.badInput(`Unknown ${table} in ${field}`, [{ field, messages: [`every id must name an existing ${table}`] }]);
    }
  }

  /**
   * The slug to store: the requested one if free (CONFLICT otherwise), or one generated from the title
   * with a numbered suffix until it is free. Slugs of other versions and former slugs both count as taken.
   */
  private async availableSlug(manager: EntityManager, locale: string, requested: string | undefined, title: string, articleId: string | null): Promise<string> {
    const taken = async (slug: string) => {
      const rows = await manager.query(
        `SELECT 1 FROM article WHERE locale = $1 AND slug = $2 AND id IS DISTINCT FROM $3::uuid
         UNION ALL SELECT 1 FROM article_slug_redirect WHERE locale = $1 AND slug = $2 AND article_id IS DISTINCT FROM $3::uuid`,
        [locale, slug, articleId],
      );
      return rows.length > 0;
    };
    if (requested) {
      if (await taken(requested)) throw AppError.conflict(`The slug "${requested}" is already used in ${locale}`, { fields: [{ field: 'slug', messages: ['slug is taken'] }] });
      return requested;
    }
    const base = slugify(title) || 'article';
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await taken(candidate))) return candidate;
    }
  }

  private async writeRevision(manager: EntityManager, article: Article, changedFields: string[], caller: Actor): Promise<void> {
    const snapshot: RevisionSnapshot = { title: article.title, subtitle: article.subtitle, excerpt: article.excerpt, body: article.body };
    await manager.insert(ArticleRevision, { articleId: article.id, version: article.version, snapshot, changedFields, createdById: caller.userId });
  }
}

/** A version with its story, for editing: any status, deleted stories excluded (restore them first). */
export async function loadVersion(manager: EntityManager, id: string): Promise<StoryWithVersion> {
  const article = await editorialVersions(manager).where('article.id = :id', { id }).getOne();
  if (!article) throw AppError.notFound('Article');
  return article as StoryWithVersion;
}

function imageColumns(input: UpdateArticleInput): Partial<Story> {
  const image = input.featuredImage;
  return {
    featuredImageUrl: image?.url ?? null,
    featuredImageWidth: image?.width ?? null,
    featuredImageHeight: image?.height ?? null,
    featuredImageCredit: image?.credit ?? null,
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
