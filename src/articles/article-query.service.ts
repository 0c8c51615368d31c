import { Injectable } from '@nestjs/common';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { AuthorQueryService } from '../authors/authors.service.js';
import { markUncacheable, tagResponse } from '../cache/response-tags.js';
import { ContentChanges } from '../changes/content-changes.service.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { TaggedCache } from '../changes/tagged-cache.js';
import { Locales } from '../common/locales.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import { SectionQueryService } from '../sections/sections.service.js';
import { TagQueryService } from '../tags/tags.service.js';
import { toArticleModel } from './article.mapper.js';
import { onlyPublic, publicVersionCondition } from './article-visibility.js';
import { editorialVersions } from './editorial-versions.js';
import { ArticleOrder, type ArticleFilter } from './dto/articles.args.js';
import { Article } from './entities/article.entity.js';
import type { ArticleModel } from './models/article.model.js';

/** What a list is restricted to, by ids (the public filter's slugs resolved). */
export interface ArticleScope {
  sectionIds?: string[];
  tagId?: string;
  authorId?: string;
  publishedAfter?: Date;
  publishedBefore?: Date;
}

export interface ArticlePageRequest {
  locale: string;
  first: number;
  after?: string;
  orderBy?: ArticleOrder;
}

const NOTHING: ArticleScope = { sectionIds: [] };

/**
 * What public reads select of a version: what a card shows. A page of 20 with the HTML bodies would
 * carry some 60 KB nobody asked for, so the body comes only with a lookup by slug (the article page)
 * and otherwise on demand (ArticleRelationsReader.body); the plain text and the search vector never.
 */
export const CARD_COLUMNS = [
  'id', 'storyId', 'locale', 'slug', 'title', 'subtitle', 'excerpt', 'wordCount', 'imageAlt', 'imageCaption',
  'status', 'publishedAt', 'updatedAt', 'translationCredit', 'version', 'translatedFromId',
] as const satisfies readonly (keyof Article)[];
const PAGE_COLUMNS = [...CARD_COLUMNS, 'body'] as const satisfies readonly (keyof Article)[];

/** Public versions (the visibility rule) with their stories, as `article` and `article_story`, selecting `columns` of the version. */
export function publicVersions(dataSource: DataSource, columns: readonly string[] = CARD_COLUMNS): SelectQueryBuilder<Article> {
  return onlyPublic(dataSource.getRepository(Article).createQueryBuilder('article').select(columns.map((column) => `article.${column}`)));
}

/** A calendar month (UTC) in which public versions of a locale were published. */
export interface PublishedMonth {
  locale: string;
  /** `YYYY-MM`. */
  month: string;
  /** The newest `updatedAt` among that month's public versions. */
  lastModified: Date;
}

/** Public reads of articles: lookups and lists, always through the visibility rule. */
@Injectable()
export class ArticleQueryService {
  /**
   * `totalCount` of a list, exact and kept until a publication, correction or removal in its locale:
   * counting a locale of a million articles on every request would cost more than the page itself.
   */
  private readonly counts = new TaggedCache<number>({ maxEntries: 1_000, ttlMs: 300_000 });

  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
    private readonly sections: SectionQueryService,
    private readonly tags: TagQueryService,
    private readonly authors: AuthorQueryService,
    changes: ContentChanges,
  ) {
    changes.onCommitted(async (committed) => this.counts.purge(committed));
  }

  /** The published version with this slug in this locale, or null (a 404 for the frontend, not an error). */
  async findPublishedBySlug(slug: string, locale: string): Promise<ArticleModel | null> {
    this.locales.assertSupported(locale);
    const article = await this.publicArticles(PAGE_COLUMNS).andWhere('article.locale = :locale AND article.slug = :slug', { locale, slug }).getOne();
    // Found nothing: a publication (or a rename) in the locale may fill the slug.
    if (!article) tagResponse(SurrogateKeys.articleLists(locale));
    return article ? toArticleModel(article) : null;
  }

  /**
   * The version with this slug for a preview: any status, as long as its story is not deleted and the
   * preview token opens exactly this version. Anything else is null, as for an unknown slug.
   */
  async findPreviewBySlug(slug: string, locale: string, previewArticleId: string | null): Promise<ArticleModel | null> {
    // A draft behind a secret token: never stored by the response cache nor by a CDN.
    markUncacheable();
    if (!previewArticleId) return null;
    this.locales.assertSupported(locale);
    const article = await editorialVersions(this.dataSource.manager)
      .where('article.id = :id AND article.locale = :locale AND article.slug = :slug', { id: previewArticleId, locale, slug })
      .getOne();
    return article ? toArticleModel(article) : null;
  }

  /** The published version that had this slug before a rename (old links keep working, and redirect). */
  async findPublishedByFormerSlug(slug: string, locale: string): Promise<ArticleModel | null> {
    this.locales.assertSupported(locale);
    const article = await this.publicArticles(PAGE_COLUMNS)
      .innerJoin('article_slug_redirect', 'former', 'former.article_id = article.id')
      .andWhere('former.locale = :locale AND former.slug = :slug', { locale, slug })
      .getOne();
    if (!article) tagResponse(SurrogateKeys.articleLists(locale));
    return article ? toArticleModel(article) : null;
  }

  async findPublishedById(id: string): Promise<ArticleModel | null> {
    return (await this.findPublishedByIds([id]))[0] ?? null;
  }

  /** Published versions by id, in no particular order; the ones that are not public are left out. */
  async findPublishedByIds(ids: readonly string[]): Promise<ArticleModel[]> {
    if (ids.length === 0) return [];
    const articles = await this.publicArticles().andWhere('article.id IN (:...ids)', { ids }).getMany();
    // The ones not found are announced by their id when they are published.
    tagResponse(...ids.map(SurrogateKeys.entity));
    return articles.map(toArticleModel);
  }

  /** Every public language version of these stories. */
  async findPublishedOfStories(storyIds: readonly string[]): Promise<ArticleModel[]> {
    if (storyIds.length === 0) return [];
    const articles = await this.publicArticles().andWhere('article.story_id IN (:...storyIds)', { storyIds }).getMany();
    // A version published or taken down announces its story.
    tagResponse(...storyIds.map(SurrogateKeys.entity));
    return articles.map(toArticleModel);
  }

  /** Published versions in one locale matching the public filter (slugs), newest first by default. */
  async listPublished(request: object, page: ArticlePageRequest, filter: ArticleFilter = { includeSubsections: true }): Promise<Page<ArticleModel>> {
    this.locales.assertSupported(page.locale);
    return this.listPublishedIn(await this.scopeOf(request, page.locale, filter), page);
  }

  /** Published versions in one locale within a scope of ids, keyset-paginated on (publishedAt, id). */
  async listPublishedIn(scope: ArticleScope, page: ArticlePageRequest): Promise<Page<ArticleModel>> {
    this.locales.assertSupported(page.locale);
    tagResponse(SurrogateKeys.articleLists(page.locale));
    const listed = this.scoped(
      this.dataSource.createQueryBuilder().from(Article, 'listed').where(publicVersionCondition('listed')).andWhere('listed.locale = :locale', { locale: page.locale }),
      scope,
    );
    const ascending = page.orderBy === ArticleOrder.PUBLISHED_AT_ASC;
    const direction = ascending ? 'ASC' : 'DESC';
    const ids = listed.clone().select('listed.id').orderBy('listed.published_at', direction).addOrderBy('listed.id', direction).limit(page.first + 1);
    if (page.after) {
      const [publishedAt, id] = decodeCursor(page.after, ['date', 'string']);
      ids.andWhere(`(listed.published_at, listed.id) ${ascending ? '>' : '<'} (:afterPublishedAt, :afterId)`, { afterPublishedAt: publishedAt, afterId: id });
    }
    // A deferred join: the page's ids come from the index alone (walking it and testing section, tag or
    // author in theirs), and only the page's rows are read from the table.
    const rows = this.publicArticles()
      .andWhere(`article.id IN (${ids.getQuery()})`)
      .setParameters(ids.getParameters())
      .orderBy('article.published_at', direction)
      .addOrderBy('article.id', direction);
    const count = () =>
      this.counts.get(JSON.stringify([page.locale, scope]), [SurrogateKeys.articleLists(page.locale)], async () =>
        Number((await listed.clone().select('count(*)::int', 'count').getRawOne<{ count: number }>())?.count ?? 0),
      );
    return toPage(await rows.getMany(), page.first, count, Boolean(page.after), publishedCursor, toArticleModel);
  }

  /** The months that have public versions, per locale, oldest first: what a sitemap index lists, in one statement. */
  async publishedMonths(): Promise<PublishedMonth[]> {
    const rows: { locale: string; month: string; lastModified: Date }[] = await this.publicArticles()
      .select('article.locale', 'locale')
      .addSelect(`to_char(article.published_at AT TIME ZONE 'UTC', 'YYYY-MM')`, 'month')
      .addSelect('max(article.updated_at)', 'lastModified')
      .groupBy('article.locale')
      .addGroupBy('month')
      .orderBy('article.locale')
      .addOrderBy('month')
      .getRawMany();
    return rows.map((row) => ({ locale: row.locale, month: row.month, lastModified: new Date(row.lastModified) }));
  }

  /** Resolves the filter's slugs to ids; a slug that matches nothing gives an empty list, not an error. */
  private async scopeOf(request: object, locale: string, filter: ArticleFilter): Promise<ArticleScope> {
    const scope: ArticleScope = { publishedAfter: filter.publishedAfter, publishedBefore: filter.publishedBefore };
    if (filter.section) {
      const tree = await this.sections.tree(request, locale);
      const section = tree.bySlug(filter.section);
      if (!section) return NOTHING;
      scope.sectionIds = filter.includeSubsections ? tree.subtreeIds(section.id) : [section.id];
    }
    if (filter.tag) {
      const tag = await this.tags.findBySlug(filter.tag, locale);
      if (!tag) return NOTHING;
      scope.tagId = tag.id;
    }
    if (filter.author) {
      const author = await this.authors.findBySlug(filter.author, locale);
      if (!author) return NOTHING;
      scope.authorId = author.id;
    }
    return scope;
  }

  private scoped<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: ArticleScope): SelectQueryBuilder<T> {
    if (scope.sectionIds) {
      query.andWhere('EXISTS (SELECT 1 FROM story_section ss WHERE ss.story_id = listed.story_id AND ss.section_id = ANY(:sectionIds))', {
        sectionIds: scope.sectionIds,
      });
    }
    if (scope.tagId) query.andWhere('EXISTS (SELECT 1 FROM story_tag st WHERE st.story_id = listed.story_id AND st.tag_id = :tagId)', { tagId: scope.tagId });
    if (scope.authorId) {
      query.andWhere('EXISTS (SELECT 1 FROM story_author sa WHERE sa.story_id = listed.story_id AND sa.author_id = :authorId)', { authorId: scope.authorId });
    }
    if (scope.publishedAfter) query.andWhere('listed.published_at >= :publishedAfter', { publishedAfter: scope.publishedAfter });
    if (scope.publishedBefore) query.andWhere('listed.published_at < :publishedBefore', { publishedBefore: scope.publishedBefore });
    return query;
  }

  private publicArticles(columns?: readonly string[]): SelectQueryBuilder<Article> {
    return publicVersions(this.dataSource, columns);
  }
}

function publishedCursor(article: Article): string {
  return encodeCursor([article.publishedAt?.toISOString() ?? '', article.id]);
}
